package org.safeguard.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part of a subject-access export (UK GDPR article 15): what it holds about one person, read across every
 * linked record of them. Implemented by each module that keeps personal data (a bean); identity's
 * {@link SubjectAccessExport} gathers them. Read through the module's own store; hold nothing back except what the
 * request says is withheld (a confidential address is never exported).
 */
public interface SubjectAccessSection {

    /** The section's heading, e.g. "Incidents". */
    String title();

    /** Everything this module holds about the person's records, and the audit subjects of those records. */
    Held heldAbout(Subject subject);

    /**
     * Whose data is asked for.
     *
     * @param personId            the record the request was made on
     * @param recordIds           every record of the same person (record linkage), the person's own included
     * @param confidentialAddress true when a refuge or sanctuary address is held for the person: any address, place or
     *                            location that could be it is written as {@link #WITHHELD}
     */
    record Subject(long personId, Set<Long> recordIds, boolean confidentialAddress) {

        public static final String WITHHELD = "Confidential address: withheld";

        public Subject {
            recordIds = Set.copyOf(recordIds);
        }

        /** The address or place as held, or withheld when the person has a confidential address. */
        public String place(String held) {
            return held == null || held.isBlank() ? "" : confidentialAddress ? WITHHELD : held;
        }

        /** The record ids, for a query's {@code = ANY(:ids)}. */
        public long[] ids() {
            return recordIds.stream().mapToLong(Long::longValue).toArray();
        }

        /** Every row of a query over the person's records (bound as {@code :ids}), each column as text. */
        public List<List<String>> rows(JdbcClient jdbc, String sql) {
            return jdbc.sql(sql).param("ids", ids()).query((rs, n) -> Table.cellsOf(rs)).list();
        }
    }

    /** The tables a module holds and the audit subjects (type, id) of the records in them, e.g. ("case", "7"). */
    record Held(List<Table> tables, List<AuditSubject> auditSubjects) {

        public Held {
            tables = List.copyOf(tables);
            auditSubjects = List.copyOf(auditSubjects);
        }
    }

    /** One kind of record as columns and rows of text; dates and times in ISO form, nothing held as "". */
    record Table(String name, List<String> columns, List<List<String>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** Every column of the result set's current row, in order, as {@link #cells} writes them. */
        public static List<String> cellsOf(ResultSet rs) throws SQLException {
            Object[] values = new Object[rs.getMetaData().getColumnCount()];
            for (int c = 0; c < values.length; c++) {
                values[c] = rs.getObject(c + 1);
            }
            return cells(values);
        }

        /** One row's values as text: null is "", true and false are "Yes" and "No", times in ISO form. */
        public static List<String> cells(Object... values) {
            return Arrays.stream(values).map(Table::text).toList();
        }

        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Boolean yes) {
                return yes ? "Yes" : "No";
            }
            if (value instanceof java.sql.Timestamp at) {
                return at.toInstant().toString();
            }
            if (value instanceof java.sql.Date day) {
                return day.toLocalDate().toString();
            }
            return value.toString();
        }
    }

    /** A record whose audit rows belong in the export: ("case", "7"). */
    record AuditSubject(String type, String id) {

        public static List<AuditSubject> all(String type, Collection<?> ids) {
            return ids.stream().map(id -> new AuditSubject(type, String.valueOf(id))).distinct().toList();
        }

        /** The records of a table whose first column is the record's id. */
        public static List<AuditSubject> firstColumnOf(String type, List<List<String>> rows) {
            return all(type, rows.stream().map(row -> row.get(0)).toList());
        }
    }
}
