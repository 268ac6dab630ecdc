package org.safeguard.insight;

import java.util.List;

/** A group of measures (incidents and crimes, MARAC, the victim's journey…) with its charts and tables. */
public record DashboardSection(String id, String title, String summary, List<Figure> figures, List<Chart> charts) {

    public DashboardSection {
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }

    /** Whether a section of this id exists: a page asks before it looks at the filter (an unknown one is 404). */
    public static boolean exists(String sectionId) {
        return DashboardSections.named(sectionId).isPresent();
    }

    /** Whether some section draws a chart of this id (whose table is offered as CSV). */
    public static boolean drawsTable(String chartId) {
        return DashboardSections.drawing(chartId).isPresent();
    }
}
