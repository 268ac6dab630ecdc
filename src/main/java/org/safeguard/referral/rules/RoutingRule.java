package org.safeguard.referral.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguard.directory.ServiceKind;

/**
 * One routing rule: when every condition given holds, refer the victim to a kind of service, with the reason shown
 * on the referral. A condition left out does not matter.
 *
 * @param line          the line of the rules file it starts on
 * @param onceWhileOpen see {@link #onceWhileOpen()}
 */
public record RoutingRule(String id, ServiceKind referTo, String reason, When when, int line, boolean onceWhileOpen) {

    /**
     * Whether the rule makes no referral while the victim has an open one of its kind (true unless the rules file says
     * {@code once-while-open: false}). A rule with false refers once per incident instead, so a later incident's
     * notification (children's services) is made though an earlier one is still open.
     */
    @Override
    public boolean onceWhileOpen() {
        return onceWhileOpen;
    }

    /**
     * The conditions; null where the rule does not give one.
     *
     * @param events     the events it runs on
     * @param riskLevels the levels it applies to (STANDARD, MEDIUM, HIGH); a victim not yet assessed has none
     * @param ageFrom    the youngest age, with {@code ageTo} the oldest, at the incident
     * @param maracReferralWithinMonths the victim had a MARAC referral (not declined) within this many months
     */
    public record When(Set<RoutingFacts.Trigger> events, Set<String> riskLevels, Boolean maracCriteriaMet,
                       Boolean children, Boolean honourBasedAbuse, Boolean stalking, Integer ageFrom, Integer ageTo,
                       Boolean domesticAbuse, Integer maracReferralWithinMonths) {
    }

    /** Whether every condition of the rule holds for the facts. */
    public boolean firesOn(RoutingFacts facts) {
        return (when.events() == null || when.events().contains(facts.event()))
                && (when.riskLevels() == null || (facts.riskLevel() != null && when.riskLevels().contains(facts.riskLevel())))
                && matches(when.maracCriteriaMet(), facts.maracCriteriaMet())
                && matches(when.children(), facts.children())
                && matches(when.honourBasedAbuse(), facts.honourBasedAbuse())
                && matches(when.stalking(), facts.stalking())
                && (when.ageFrom() == null || (facts.victimAge() != null && facts.victimAge() >= when.ageFrom()
                && facts.victimAge() <= when.ageTo()))
                && matches(when.domesticAbuse(), facts.domesticAbuse())
                && (when.maracReferralWithinMonths() == null || facts.maracReferralWithin(when.maracReferralWithinMonths()));
    }

    /** The conditions in words, for the rules page: "risk assessed; risk level HIGH". */
    public String whenInWords() {
        List<String> words = new ArrayList<>();
        if (when.events() != null) {
            words.add(String.join(" or ", when.events().stream().sorted()
                    .map(e -> e == RoutingFacts.Trigger.RISK_ASSESSED ? "risk assessed" : "incident recorded").toList()));
        }
        if (when.riskLevels() != null) {
            words.add("risk " + String.join(" or ", when.riskLevels().stream().sorted().map(String::toLowerCase).toList()));
        }
        add(words, when.maracCriteriaMet(), "a MARAC criterion met", "no MARAC criterion met");
        add(words, when.children(), "children involved", "no children involved");
        add(words, when.honourBasedAbuse(), "honour-based abuse indicated", "no honour-based abuse indicated");
        add(words, when.stalking(), "stalking", "no stalking");
        if (when.ageFrom() != null) {
            words.add("victim aged " + when.ageFrom() + "–" + when.ageTo());
        }
        add(words, when.domesticAbuse(), "domestic abuse", "not domestic abuse");
        if (when.maracReferralWithinMonths() != null) {
            words.add("referred to MARAC in the last " + when.maracReferralWithinMonths() + " months");
        }
        return words.isEmpty() ? "always" : String.join("; ", words);
    }

    private static boolean matches(Boolean wanted, boolean fact) {
        return wanted == null || wanted == fact;
    }

    private static void add(List<String> words, Boolean condition, String yes, String no) {
        if (condition != null) {
            words.add(condition ? yes : no);
        }
    }
}
