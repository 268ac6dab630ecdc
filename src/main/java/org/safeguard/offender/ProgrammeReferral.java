package org.safeguard.offender;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A perpetrator's referral to a programme, its suitability assessment, the pathway chosen and its reviews.
 *
 * @param pathway null until chosen
 */
public record ProgrammeReferral(long id, long personId, String programme, Instant referredAt, String referredBy,
                                Map<SuitabilityFactor, Rating> assessment, String assessmentNotes, Pathway pathway,
                                String pathwayReason, Status status, Instant closedAt, String closedReason,
                                List<Review> reviews, int version) {

    public ProgrammeReferral {
        assessment = Map.copyOf(assessment);
        reviews = List.copyOf(reviews);
    }

    /** What a referral is assessed on (Herts Change): each rated low, medium or high. */
    public enum SuitabilityFactor {
        MOTIVATION("Motivation to change"), ACCOUNTABILITY("Accepts responsibility"),
        AWARENESS_OF_HARM("Awareness of the harm caused"), MENTAL_HEALTH("Mental health needs"),
        SUBSTANCE_MISUSE("Drug or alcohol misuse"), RISK("Risk to partners and children");

        private final String words;

        SuitabilityFactor(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Rating {
        LOW, MEDIUM, HIGH
    }

    /** Operation Acorn's choice: engage (offender management, support, a programme) or catch and convict. */
    public enum Pathway {
        ENGAGE("Engage"), CONVICT("Catch and convict");

        private final String words;

        Pathway(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Status {
        OPEN("open"), COMPLETED("completed"), WITHDRAWN("withdrawn");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        /** As a page says it: "open", "completed", "withdrawn". */
        public String words() {
            return words;
        }
    }

    /** A case-management review: monthly, or within 24 hours of a risk alert. */
    public record Review(long id, long referralId, Kind kind, String reason, Instant dueAt, Instant doneAt, String doneBy,
                         String outcome) {

        public enum Kind {
            MONTHLY, RISK_ALERT
        }
    }
}
