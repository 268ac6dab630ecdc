package org.safeguard.intake;

import java.util.List;

/** One page of an incident search. */
public record IncidentPage(List<Incident> incidents, long total, int page, int pageSize) {

    public IncidentPage {
        incidents = List.copyOf(incidents);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
