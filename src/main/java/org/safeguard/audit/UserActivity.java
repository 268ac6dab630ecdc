package org.safeguard.audit;

import java.util.List;

import org.safeguard.audit.rules.ActivityPeriod;

/**
 * Everything one user did in a period, for professional standards.
 *
 * @param username  the user asked about, as typed
 * @param known     false when nobody with that username appears anywhere in the audit log
 * @param period    the days covered, both ends included
 * @param counts    how many times they did each thing in the whole period, most first
 * @param rows      what they did, newest first, at most {@link ActivityPeriod#MOST_ROWS}
 * @param cut       true when there was more than the rows listed (the counts still cover everything)
 */
public record UserActivity(String username, boolean known, ActivityPeriod period, List<ActionCount> counts,
                           List<RecordView> rows, boolean cut) {

    public long total() {
        return counts.stream().mapToLong(ActionCount::count).sum();
    }

    /** One action and how often it was done. */
    public record ActionCount(String action, String actionInWords, long count) {
    }
}
