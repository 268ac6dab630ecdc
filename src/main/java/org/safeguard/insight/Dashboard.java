package org.safeguard.insight;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard for a filter: its sections, the choices for each filter (areas and agencies seen in the data),
 * and how up to date the aggregates are ({@code aggregatesAsOf}: the last event counted).
 */
public record Dashboard(DashboardFilter filter, List<DashboardSection> sections, List<String> areas,
                        List<String> agencies, Instant aggregatesAsOf) {

    public Dashboard {
        sections = List.copyOf(sections);
        areas = List.copyOf(areas);
        agencies = List.copyOf(agencies);
    }
}
