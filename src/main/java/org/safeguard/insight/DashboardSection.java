package org.safeguard.insight;

import java.util.List;

/** A group of measures (incidents and crimes, MARAC, the victim's journey…) with its charts and tables. */
public record DashboardSection(String id, String title, String summary, List<Figure> figures, List<Chart> charts) {

    public DashboardSection {
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }
}
