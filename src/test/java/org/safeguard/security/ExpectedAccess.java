package org.safeguard.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code security/endpoints.csv}: per endpoint ({@code METHOD pattern}) whether each caller is let in
 * ({@code allow}) or refused ({@code deny}), in the column order of {@link Caller#all()}, then a comment
 * (why a row is as it is, how a heavy endpoint is made to refuse quickly, {@code FINDING: …} for what looks too open).
 */
final class ExpectedAccess {

    static final String RESOURCE = "/security/endpoints.csv";

    record Row(String endpoint, List<Outcome> outcomes, String comment, int line) {

        Outcome expectedFor(int column) {
            return outcomes.get(column);
        }
    }

    private final Map<String, Row> rows;

    private ExpectedAccess(Map<String, Row> rows) {
        this.rows = rows;
    }

    static ExpectedAccess read() {
        List<Caller> callers = Caller.all();
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = ExpectedAccess.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ExpectedAccess(rows);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = lines.readLine();
            int number = 1;
            while (header != null && header.startsWith("#")) {
                header = lines.readLine();
                number++;
            }
            if (header == null || !header.equals(header(callers))) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": the header must be " + header(callers));
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", callers.size() + 2);
                if (cells.length < callers.size() + 1) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected " + (callers.size() + 1)
                            + " cells and a comment, found " + cells.length);
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (int column = 1; column <= callers.size(); column++) {
                    outcomes.add(parse(cells[column].strip(), number));
                }
                String comment = cells.length > callers.size() + 1 ? cells[callers.size() + 1].strip() : "";
                if (rows.putIfAbsent(cells[0].strip(), new Row(cells[0].strip(), outcomes, comment, number)) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + cells[0] + " is named twice");
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException(RESOURCE + " could not be read", unreadable);
        }
        return new ExpectedAccess(rows);
    }

    private static Outcome parse(String cell, int line) {
        return switch (cell) {
            case "allow" -> Outcome.ALLOW;
            case "deny" -> Outcome.DENY;
            default -> throw new IllegalStateException(RESOURCE + " line " + line + ": '" + cell + "' is neither allow nor deny");
        };
    }

    static String header(List<Caller> callers) {
        StringBuilder header = new StringBuilder("endpoint");
        callers.forEach(caller -> header.append(',').append(caller.name()));
        return header.append(",comment").toString();
    }

    /** A row as the file writes it. */
    static String line(String endpoint, List<Outcome> outcomes, String comment) {
        StringBuilder line = new StringBuilder(endpoint);
        outcomes.forEach(outcome -> line.append(',').append(outcome.written()));
        return line.append(',').append(comment).toString();
    }

    /** A caller the row lets in, signed in if any signed-in caller is; none when nobody is (or there is no row). */
    java.util.Optional<Caller> someoneLetIn(String endpoint) {
        Row row = rows.get(endpoint);
        if (row == null) {
            return java.util.Optional.empty();
        }
        List<Caller> callers = Caller.all();
        for (int column = callers.size() - 1; column >= 0; column--) {
            if (row.expectedFor(column) == Outcome.ALLOW) {
                return java.util.Optional.of(callers.get(column));
            }
        }
        return java.util.Optional.empty();
    }

    Row row(String endpoint) {
        return rows.get(endpoint);
    }

    Iterable<Row> rows() {
        return rows.values();
    }
}
