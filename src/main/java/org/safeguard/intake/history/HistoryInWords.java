package org.safeguard.intake.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.intake.History;

/** What a history lookup found, in one line for the incident's record of checks. */
public final class HistoryInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("Europe/London"));

    private HistoryInWords() {
    }

    public static String summary(History history) {
        List<String> parts = new ArrayList<>();
        int incidents = history.found();
        if (incidents == 0) {
            parts.add("No earlier incidents");
        } else {
            History.PastIncident latest = history.incidents().get(0);
            parts.add(incidents + (incidents == 1 ? " earlier incident" : " earlier incidents")
                    + " (latest " + latest.reference() + ", " + DAY.format(latest.receivedAt()) + ")");
            if (history.foundAtOtherFlats() > 0) {
                parts.add(history.foundAtOtherFlats() + " at other flats in the building");
            }
        }
        List<String> repeats = history.people().stream().filter(History.PersonFound::repeatVictim)
                .map(History.PersonFound::name).toList();
        if (!repeats.isEmpty()) {
            parts.add("Repeat victim: " + String.join(", ", repeats));
        }
        List<String> review = history.people().stream().filter(History.PersonFound::specialistReview)
                .map(History.PersonFound::name).toList();
        if (!review.isEmpty()) {
            parts.add("Specialist review: " + String.join(", ", review));
        }
        List<String> suspects = history.people().stream().filter(p -> p.suspectIncidents() > 0)
                .map(p -> p.name() + " suspect in " + p.suspectIncidents()).toList();
        if (!suspects.isEmpty()) {
            parts.add(String.join(", ", suspects));
        }
        if (!history.children().isEmpty()) {
            parts.add(history.children().size() + (history.children().size() == 1 ? " record" : " records")
                    + " of children at the address");
        }
        if (!history.markers().isEmpty()) {
            parts.add("Warning markers: " + String.join("; ", history.markers()));
        }
        String line = String.join(". ", parts) + ".";
        return line.length() <= 2000 ? line : line.substring(0, 1999) + "…";
    }
}
