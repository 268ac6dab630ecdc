package org.safeguard.demo.population;

import java.util.SplittableRandom;
import java.util.Set;

import org.safeguard.intake.Relationship;

/**
 * How likely a victim is to answer Yes to each DASH question, and to say they do not know, given what
 * happened at the incident and before it. One hidden severity per assessment drives all the answers, so
 * they rise and fall together; it is higher for a couple whose abuse is worse in general, and at an
 * incident with a weapon, an injury, a threat to life, children present, a separation, or earlier calls.
 * Some questions follow the incident directly (a weapon, an injury, a threat to kill); the children's
 * questions need children living there; pregnancy is rare. Question ids not known here (another main
 * instrument) get a middling chance that rises with severity.
 */
final class AnswerChances {

    /** Questions about something that has "ever" happened: once the victim has said Yes, they say it again. */
    static final Set<String> EVER = Set.of("dash-11", "dash-12", "dash-17", "dash-18", "dash-19", "dash-20", "dash-22",
            "dash-23", "dash-25", "dash-26", "dash-27");

    /**
     * What the assessing officer has in front of them.
     *
     * @param earlierIncidents     domestic abuse incidents against this victim before this one
     * @param suspectsOtherVictims other people this suspect was reported for abusing before this one
     * @param baby                 a child under two lives there
     */
    record Facts(boolean weapon, boolean injury, boolean threatToLife, int childrenLiving, int childrenPresent,
                 boolean baby, Relationship relationship, int earlierIncidents, int suspectsOtherVictims) {

        boolean partners() {
            return relationship != null && relationship.intimate();
        }

        boolean separated() {
            return relationship == Relationship.FORMER_PARTNER;
        }

        boolean children() {
            return childrenLiving > 0;
        }
    }

    private AnswerChances() {
    }

    /**
     * The hidden severity of this assessment: the couple's own level ({@code couple}, a standard normal
     * drawn once per victim and suspect), something of the moment, and what the incident and the history
     * add. The constants are tuned so that the levels come out about 60% standard, 26% medium, 12% high.
     */
    static double severity(Facts f, double couple, SplittableRandom random) {
        return -0.6 + 0.4 * couple + 0.35 * random.nextGaussian()
                + (f.weapon() ? 0.9 : 0) + (f.injury() ? 0.5 : 0) + (f.threatToLife() ? 1.0 : 0)
                + (f.childrenPresent() > 0 ? 0.25 : 0) + (f.separated() ? 0.3 : 0)
                + 0.15 * Math.min(f.earlierIncidents(), 5) + 0.15 * Math.min(f.suspectsOtherVictims(), 3);
    }

    /** The chance of a Yes to the question. */
    static double yes(String questionId, Facts f, double s) {
        return logistic(logOdds(questionId, f, s));
    }

    /** The chance the victim does not know: higher for what the abuser does away from them. */
    static double notKnown(String questionId) {
        return switch (questionId) {
            case "dash-23", "dash-24", "dash-25", "dash-27" -> 0.10;
            case "dash-21" -> 0.06;
            default -> 0.045;
        };
    }

    /** A stalking question, asked when the victim says the abuser keeps contacting or following them. */
    static double stalkingYes(String questionId, Facts f, double s) {
        double bump = "sdash-06".equals(questionId) && f.separated() ? 0.8 : 0;
        return logistic(-0.6 + 0.8 * s + bump);
    }

    /** An honour-based abuse question, asked when family or community control comes up. */
    static double honourYes(Facts f, double s) {
        return logistic(-1.3 + 0.5 * s + (f.partners() ? 0 : 0.5));
    }

    private static double logOdds(String id, Facts f, double s) {
        int earlier = Math.min(f.earlierIncidents(), 4);
        boolean partners = f.partners();
        return switch (id) {
            case "dash-01" -> f.injury() ? 2.2 : -2.6 + 0.3 * s;
            case "dash-02" -> 0.6 + 0.9 * s;
            case "dash-03" -> 0.5 + 0.9 * s;
            case "dash-04" -> -0.7 + 0.8 * s;
            case "dash-05" -> -0.6 + 0.7 * s;
            case "dash-06" -> f.separated() ? 2.0 : partners ? -1.3 + 0.4 * s : -3.0;
            case "dash-07" -> !partners ? -4.5 : f.baby() ? 0.2 : -3.0 + 0.2 * s;
            case "dash-08" -> -0.8 + 0.6 * s;
            case "dash-09" -> !f.children() || !partners ? -4.0 : (f.separated() ? 0.3 : -2.0) + 0.5 * s;
            case "dash-10" -> !f.children() ? -5.0 : partners ? -1.5 : -3.0;
            case "dash-11" -> !f.children() ? -5.0 : -3.0 + 0.7 * s;
            case "dash-12" -> !f.children() ? -5.0 : -2.7 + 0.8 * s + (f.childrenPresent() > 0 ? 0.4 : 0);
            case "dash-13" -> (f.separated() ? 0.5 : -0.8) + 0.7 * s;
            case "dash-14" -> -0.7 + 0.7 * s + 0.3 * earlier;
            case "dash-15" -> -0.7 + 0.8 * s + 0.3 * earlier;
            case "dash-16" -> partners ? 0.3 + 0.9 * s : -1.5 + 0.5 * s;
            case "dash-17" -> partners ? -2.6 + 0.8 * s : -5.0;
            case "dash-18" -> f.weapon() ? 2.0 : -2.9 + 0.8 * s;
            case "dash-19" -> f.threatToLife() ? 2.3 : -2.0 + 0.9 * s;
            case "dash-20" -> partners ? -2.2 + 0.9 * s : -3.5 + 0.5 * s;
            case "dash-21" -> -2.3 + 0.6 * s;
            case "dash-22" -> -3.4 + 0.6 * s;
            case "dash-23" -> -1.8 + 0.6 * s + (f.suspectsOtherVictims() > 0 ? 1.0 : 0);
            case "dash-24" -> 0.1 + 0.5 * s + (partners ? 0 : 0.5);
            case "dash-25" -> -1.9 + 0.7 * s;
            case "dash-26" -> -2.8 + 0.7 * s + 0.35 * earlier;
            case "dash-27" -> -1.0 + 0.6 * s + (earlier > 0 ? 0.5 : 0) + (f.suspectsOtherVictims() > 0 ? 1.2 : 0);
            default -> -1.0 + 0.8 * s;
        };
    }

    private static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
