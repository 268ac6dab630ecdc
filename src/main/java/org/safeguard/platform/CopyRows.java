package org.safeguard.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN}, the fastest way to load many rows. Built in the
 * COPY text format: tab-separated, {@code \N} for null, with
 * backslash, tab and line breaks escaped so no value can split a row.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    public CopyRows value(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    public CopyRows endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Sends the rows with {@code COPY} on the connection of the current transaction. */
    public void copyInto(DataSource dataSource, String copySql) {
        if (isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY failed: " + copySql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
