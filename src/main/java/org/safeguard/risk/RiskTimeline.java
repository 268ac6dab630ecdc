package org.safeguard.risk;

import java.util.List;
import java.util.Optional;

/**
 * A victim's risk over time: every completed assessment, newest first, with what changed from the one
 * before. The current level is the newest final level.
 */
public record RiskTimeline(long victimId, String victimName, List<Entry> entries) {

    public RiskTimeline {
        entries = List.copyOf(entries);
    }

    /** An assessment (answers left out) and its level against the previous one's; previous null for the first. */
    public record Entry(Assessment assessment, RiskLevel previous, String incidentReference) {

        public String change() {
            RiskLevel now = assessment.finalLevel();
            if (previous == null) {
                return "First assessment";
            }
            if (now == previous) {
                return "No change";
            }
            return (now.isAbove(previous) ? "Raised from " : "Lowered from ") + previous.label().toLowerCase();
        }
    }

    public Optional<RiskLevel> currentLevel() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).assessment().finalLevel());
    }
}
