package org.safeguard.identity.store;

/**
 * Builds rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, with
 * backslash, tab and line breaks escaped so no value can split a row.
 */
final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    CopyText value(Object value) {
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

    CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
