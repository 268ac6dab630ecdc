package org.safeguard.insight;

import java.util.List;

/**
 * A picture of some figures and the table it is drawn from (shown beside it for screen readers, and the CSV
 * download): {@code columns} head the value columns, each row a label and one value per column (null when
 * unknown). A LINE chart has periods as rows, a BAR chart categories (areas, outcome groups), a HEAT_MAP
 * weekdays as rows and hours as columns.
 */
public record Chart(String id, String title, Kind kind, String rowHeading, List<String> columns, List<Row> rows,
                    String description) {

    public enum Kind { LINE, BAR, HEAT_MAP, TABLE }

    public Chart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Row(String label, List<Double> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
