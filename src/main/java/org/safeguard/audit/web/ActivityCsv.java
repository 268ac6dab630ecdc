package org.safeguard.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.safeguard.audit.RecordView;
import org.safeguard.audit.UserActivity;

/**
 * A user's activity as CSV (RFC 4180, CRLF), one row per thing done. Every cell is quoted, and one a spreadsheet
 * would read as a formula (starting =, +, -, @, tab or return) is opened with an apostrophe: a reason typed by a
 * user must never run as a formula on the reader's machine.
 */
final class ActivityCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> HEADER = List.of("When", "User", "Agency", "Action", "In words", "Record type",
            "Record id", "Reason");

    private ActivityCsv() {
    }

    static String write(UserActivity activity) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        for (RecordView row : activity.rows()) {
            csv.append(line(List.of(WHEN.format(row.when()), text(row.username()), text(row.agency()), text(row.action()),
                    text(row.actionInWords()), text(row.subjectType()), text(row.subjectId()), text(row.reason()))));
        }
        return csv.toString();
    }

    /** "activity-{user}-{from}-{to}.csv", the username kept to letters, digits, dots and hyphens. */
    static String filename(UserActivity activity) {
        return "activity-" + activity.username().replaceAll("[^A-Za-z0-9.-]", "-") + "-" + activity.period().from()
                + "-" + activity.period().to() + ".csv";
    }

    static String text(String value) {
        String text = value == null ? "" : value;
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return formula ? "'" + text : text;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
