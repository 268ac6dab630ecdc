package org.safeguard.identity;

import java.time.Instant;
import java.util.List;

import org.safeguard.identity.linkage.Evidence;

/**
 * A pair of records scored between the thresholds, for a specialist to judge.
 *
 * @param evidence what each comparison found and how much it counted (the comparison that drove the score)
 * @param decision null while open; SAME or DIFFERENT once judged
 */
public record LinkReview(long id, PersonCard first, PersonCard second, double probability, double weight,
                         List<Evidence> evidence, Integer modelVersion, String proposedBy, Instant proposedAt,
                         Judgement decision, String decidedBy, Instant decidedAt, String note, int version) {

    public LinkReview {
        evidence = List.copyOf(evidence);
    }

    public boolean open() {
        return decision == null;
    }

    /** The reviewer's decision on a pair. */
    public enum Judgement {
        SAME("The same person"), DIFFERENT("Different people");

        private final String label;

        Judgement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
