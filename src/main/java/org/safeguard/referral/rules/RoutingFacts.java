package org.safeguard.referral.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

/**
 * What a routing rule is tested against: which event, the victim's level of risk (null when not assessed), whether
 * a MARAC criterion was met, children, honour-based abuse, stalking, the victim's age at the incident (null when
 * the date of birth is unknown), whether the incident is domestic abuse, and when the victim (any linked record of
 * them) was last referred to a MARAC without the referral being declined (null when never), with the day the facts
 * are about, for the repeat rule.
 */
public record RoutingFacts(Trigger event, String riskLevel, boolean maracCriteriaMet, boolean children,
                           boolean honourBasedAbuse, boolean stalking, Integer victimAge, boolean domesticAbuse,
                           LocalDate lastMaracReferral, LocalDate on) {

    /** Facts with no earlier MARAC referral known. */
    public RoutingFacts(Trigger event, String riskLevel, boolean maracCriteriaMet, boolean children,
                        boolean honourBasedAbuse, boolean stalking, Integer victimAge, boolean domesticAbuse) {
        this(event, riskLevel, maracCriteriaMet, children, honourBasedAbuse, stalking, victimAge, domesticAbuse, null, null);
    }

    /** The facts with the victim's latest MARAC referral (not declined) and the day they are about. */
    public RoutingFacts withLastMaracReferral(LocalDate last, LocalDate day) {
        return new RoutingFacts(event, riskLevel, maracCriteriaMet, children, honourBasedAbuse, stalking, victimAge,
                domesticAbuse, last, day);
    }

    /**
     * The victim was referred to a MARAC within the months before the day (SafeLives: a repeat is any further
     * incident within 12 months of the last MARAC referral).
     */
    public boolean maracReferralWithin(int months) {
        return lastMaracReferral != null && on != null && !lastMaracReferral.isBefore(on.minusMonths(months))
                && !lastMaracReferral.isAfter(on);
    }

    /** The events the rules run on. */
    public enum Trigger { RISK_ASSESSED, INCIDENT_RECORDED }

    /** DASH questions about children in the home (dash-10, 11, 12): a Yes to any means children are involved. */
    static final java.util.Set<String> CHILDREN_QUESTIONS = java.util.Set.of("dash-10", "dash-11", "dash-12");
    /** DASH's question on constant contact, following and turning up: a Yes is stalking. */
    static final String STALKING_QUESTION = "dash-13";

    /** Children are involved: recorded on the incident (present, living there, or named) or a Yes to dash-10/11/12. */
    public static boolean children(int recordedOnIncident, Collection<String> yesAnswers) {
        return recordedOnIncident > 0 || yesAnswers.stream().anyMatch(CHILDREN_QUESTIONS::contains);
    }

    /** Stalking: any Yes in the stalking supplement (SDASH), or a Yes to DASH dash-13. */
    public static boolean stalking(Collection<String> yesAnswers) {
        return yesAnswers.stream().anyMatch(q -> q.startsWith("sdash-") || q.equals(STALKING_QUESTION));
    }

    /** Honour-based abuse, forced marriage or FGM indicated: any Yes in the HBA supplement. */
    public static boolean honourBasedAbuse(Collection<String> yesAnswers) {
        return yesAnswers.stream().anyMatch(q -> q.startsWith("hba-"));
    }

    /** Whole years between the date of birth and the day of the incident; null when the date of birth is unknown. */
    public static Integer ageOn(LocalDate dateOfBirth, LocalDate day) {
        return dateOfBirth == null || day == null || dateOfBirth.isAfter(day) ? null
                : Period.between(dateOfBirth, day).getYears();
    }
}
