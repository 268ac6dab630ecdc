package org.safeguard.intake;

import java.util.List;

/**
 * A module's part of the history panel: a title and its lines, e.g. "Named SPOC" / "DC Jordan Hale,
 * DAISU, 01632 960123". The summary is what the intelligence check records.
 */
public record HistorySection(String title, List<String> lines, String summary) {

    public HistorySection {
        lines = List.copyOf(lines);
    }
}
