package org.safeguard.insight;

import static org.safeguard.insight.CountedMeasure.Filters.ALL;
import static org.safeguard.insight.CountedMeasure.Filters.AREA_ONLY;
import static org.safeguard.insight.CountedMeasure.Filters.PEOPLE;
import static org.safeguard.insight.rules.Counter.*;

import java.util.List;
import java.util.Set;
import org.safeguard.identity.Sex;
import org.safeguard.insight.Figure.Unit;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.IncidentTallies;
import org.safeguard.intake.Grade;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.SmallNumbers;
import org.safeguard.directory.ServiceKind;

/**
 * The measures worked out from the tallies alone, by section, each with the definition shown beside it. Counts
 * are by the month the thing happened in (UK dates).
 */
final class CountedMeasures {

    /**
     * Stands in a definition for the force's repeat victim rule, which is configuration
     * ({@code safeguard.intake.repeat-window}, {@code repeat-minimum-earlier}): the dashboard puts it in words.
     */
    static final String REPEAT_RULE = "{repeat-victim-rule}";

    private static final String INCIDENT_FILTERS = " Filtered by the incident's area, its owning agency and the "
            + "victim's latest assessed risk level at the incident.";

    static final List<CountedMeasure> INCIDENTS = List.of(
            count("da-incidents", "Domestic abuse incidents", DA_INCIDENTS, ALL,
                    "Incidents recorded as domestic abuse, by when they were received." + INCIDENT_FILTERS, null),
            count("da-crimes", "Domestic abuse crimes", DA_CRIMES, ALL,
                    "Offences recorded on domestic abuse incidents (each offence is a crime), by when the incident "
                            + "was received." + INCIDENT_FILTERS, null),
            new CountedMeasure("da-share-of-crime", "Domestic abuse share of recorded crime", Unit.PERCENT,
                    "Domestic abuse crimes as a share of every offence recorded on any incident." + INCIDENT_FILTERS,
                    null, "Only crimes recorded in Safeguarding are known: crimes recorded elsewhere are not counted.",
                    ALL, Set.of(DA_CRIMES, CRIMES), r -> Measures.percent(all(r, DA_CRIMES), all(r, CRIMES))),
            new CountedMeasure("repeat-victims", "Repeat victims", Unit.COUNT,
                    "Victims of a domestic abuse incident in the period who were repeat victims when it was recorded "
                            + "(the force's repeat victim rule: " + REPEAT_RULE + "), each counted once. Filtered by "
                            + "area only.",
                    null, null, PEOPLE, Set.of(REPEAT_VICTIMS), r -> (double) r.people().total(REPEAT_VICTIMS)),
            new CountedMeasure("repeat-rate", "Repeat victim rate", Unit.PERCENT,
                    "Repeat victims as a share of every victim of a domestic abuse incident in the period, each "
                            + "counted once. Filtered by area only.",
                    null, null, PEOPLE, Set.of(REPEAT_VICTIMS, VICTIMS),
                    r -> Measures.percent(r.people().total(REPEAT_VICTIMS), r.people().total(VICTIMS))),
            new CountedMeasure("repeat-victim-incidents", "Incidents with a repeat victim", Unit.PERCENT,
                    "Domestic abuse incidents whose victim was already a repeat victim when it was recorded ("
                            + REPEAT_RULE + "), as a share of all domestic abuse incidents." + INCIDENT_FILTERS,
                    null, null, ALL, Set.of(DA_INCIDENTS_REPEAT_VICTIM, DA_INCIDENTS),
                    r -> Measures.percent(all(r, DA_INCIDENTS_REPEAT_VICTIM), all(r, DA_INCIDENTS))),
            new CountedMeasure("incidents-per-victim", "Incidents per victim", Unit.RATIO,
                    "Domestic abuse incidents divided by the victims of those incidents, each victim counted once. "
                            + "Filtered by area only.",
                    null, null, PEOPLE, Set.of(DA_INCIDENTS, VICTIMS),
                    r -> Measures.ratio(r.counted(PEOPLE).total(DA_INCIDENTS), r.people().total(VICTIMS))),
            new CountedMeasure("children-present", "Children present", Unit.PERCENT,
                    "Domestic abuse incidents with a child named on the incident (a party recorded as a child), "
                            + "as a share of all domestic abuse incidents."
                            + INCIDENT_FILTERS, null, null, ALL, Set.of(DA_INCIDENTS_CHILDREN_PRESENT, DA_INCIDENTS),
                    r -> Measures.percent(all(r, DA_INCIDENTS_CHILDREN_PRESENT), all(r, DA_INCIDENTS))));

    static final List<CountedMeasure> JUSTICE = List.of(
            new CountedMeasure("arrests-per-100-crimes", "Arrests per 100 domestic abuse crimes", Unit.PER_100,
                    "Domestic abuse incidents with an arrest recorded at attendance, for every 100 domestic abuse "
                            + "crimes (offences) recorded on incidents received in the period." + INCIDENT_FILTERS,
                    Benchmarks.ARRESTS_PER_100_CRIMES,
                    "An attendance records one arrest or none, and arrests made later are not recorded, so several "
                            + "arrests at one incident count once: this understates arrests per crime as HMIC counts "
                            + "them.",
                    ALL, Set.of(DA_ARRESTS, DA_CRIMES), r -> Measures.per100(all(r, DA_ARRESTS), all(r, DA_CRIMES))),
            new CountedMeasure("crimes-with-outcome", "Domestic abuse crimes with an outcome", Unit.PERCENT,
                    "Domestic abuse crimes (on incidents received in the period) with a Home Office outcome recorded, "
                            + "as a share of all of them." + INCIDENT_FILTERS,
                    null, "Crimes still under investigation have no outcome yet, so recent periods read low: crimes "
                            + "are counted by the month the incident was received, not the month of the outcome.",
                    ALL, Set.of(DA_OUTCOMES, DA_CRIMES),
                    r -> Measures.percent(all(r, DA_OUTCOMES), all(r, DA_CRIMES))));

    private static final String ATTENDED = "domestic abuse incidents attended (received in the period)";

    static final List<CountedMeasure> RESPONSE = List.of(
            new CountedMeasure("within-target", "Attended within the grade's target", Unit.PERCENT,
                    "Share of " + ATTENDED + " whose grade has a response target (immediate, priority, scheduled) "
                            + "where officers arrived within that target." + INCIDENT_FILTERS, null,
                    "Incidents resolved without deployment have no target and are not counted.", ALL,
                    Set.of(DA_ATTENDED_WITHIN_TARGET, DA_ATTENDED_WITH_TARGET),
                    r -> Measures.percent(all(r, DA_ATTENDED_WITHIN_TARGET), all(r, DA_ATTENDED_WITH_TARGET))),
            arrival(Grade.IMMEDIATE, "median-minutes-to-arrive", "Median time to arrive: immediate"),
            arrival(Grade.PRIORITY, "median-minutes-to-arrive-priority", "Median time to arrive: priority"),
            new CountedMeasure("two-officers", "Two-officer attendance", Unit.PERCENT,
                    "Share of " + ATTENDED + " by two officers or more." + INCIDENT_FILTERS, null, null, ALL,
                    Set.of(DA_TWO_OFFICERS, DA_ATTENDED),
                    r -> Measures.percent(all(r, DA_TWO_OFFICERS), all(r, DA_ATTENDED))),
            new CountedMeasure("body-worn-video", "Body-worn video used", Unit.PERCENT,
                    "Share of " + ATTENDED + " where body-worn video was used." + INCIDENT_FILTERS, null, null, ALL,
                    Set.of(DA_BODY_WORN_VIDEO, DA_ATTENDED),
                    r -> Measures.percent(all(r, DA_BODY_WORN_VIDEO), all(r, DA_ATTENDED))));

    private static final String ASSESSMENT_FILTERS = " Filtered by the incident's area, the incident's owning agency "
            + "(not the assessor's) and the final risk level.";

    static final List<CountedMeasure> RISK = List.of(
            count("assessments", "Risk assessments completed", ASSESSMENTS, ALL,
                    "Risk assessments completed in the period." + ASSESSMENT_FILTERS, null),
            new CountedMeasure("dash-completion", "DASH completion (all questions asked)", Unit.PERCENT,
                    "Completed risk assessments in which every main question was asked, as a share of all completed."
                            + ASSESSMENT_FILTERS, null, null, ALL, Set.of(ASSESSMENTS_ALL_ASKED, ASSESSMENTS),
                    r -> Measures.percent(all(r, ASSESSMENTS_ALL_ASKED), all(r, ASSESSMENTS))),
            new CountedMeasure("judgement-raises", "Raised by professional judgement", Unit.PERCENT,
                    "Completed risk assessments whose level the assessor raised above what the answers suggest, as a "
                            + "share of all completed." + ASSESSMENT_FILTERS, null, null, ALL,
                    Set.of(ASSESSMENTS_RAISED, ASSESSMENTS),
                    r -> Measures.percent(all(r, ASSESSMENTS_RAISED), all(r, ASSESSMENTS))));

    static final List<CountedMeasure> IDVA = List.of(
            new CountedMeasure("idva-referrals", "Referrals to IDVA services", Unit.COUNT,
                    "Referrals made to IDVA services in the period. Filtered by the victim's area, the referring "
                            + "agency and the victim's risk level when referred.", null, null, ALL, Set.of(REFERRALS),
                    r -> (double) r.counted(ALL).slot(REFERRALS, ServiceKind.IDVA.ordinal())));

    private static final String JOURNEY_FILTERS = " Filtered by the case's area only: the tasks carry no agency or "
            + "risk level.";

    static final List<CountedMeasure> JOURNEY = List.of(
            new CountedMeasure("victims-code-on-time", "Victims' Code updates on time", Unit.PERCENT,
                    "Victims' Code update tasks completed in the period by their due time (one working day for "
                            + "victims of domestic abuse), as a share of all completed." + JOURNEY_FILTERS, null, null,
                    AREA_ONLY, Set.of(VICTIMS_CODE_ON_TIME, VICTIMS_CODE_UPDATES),
                    r -> Measures.percent(r.counted(AREA_ONLY).total(VICTIMS_CODE_ON_TIME),
                            r.counted(AREA_ONLY).total(VICTIMS_CODE_UPDATES))),
            new CountedMeasure("contacts-per-victim", "Contacts per victim", Unit.RATIO,
                    "Contacts with victims logged in the period, divided by the victims contacted, each counted once. "
                            + "Filtered by area only.", null, null, PEOPLE, Set.of(CONTACTS, CONTACTED_VICTIMS),
                    r -> Measures.ratio(r.counted(PEOPLE).total(CONTACTS), r.people().total(CONTACTED_VICTIMS))));

    static final List<CountedMeasure> WHEN = List.of(
            new CountedMeasure("weekend-share", "Domestic abuse incidents at weekends", Unit.PERCENT,
                    "Domestic abuse incidents received on a Saturday or Sunday (UK time), as a share of all of them."
                            + INCIDENT_FILTERS, null, "Two days in seven would be 28.6% if incidents were even.",
                    ALL, Set.of(DA_HEAT), r -> Measures.percent(weekend(r), all(r, DA_HEAT))));

    private static final String ONCE_IN_AREA = " Filtered by area only: each person is counted once in the period, "
            + "whichever agency or risk level.";

    static final List<CountedMeasure> EQUALITY = List.of(
            new CountedMeasure("victims", "Victims", Unit.COUNT,
                    "Victims of domestic abuse incidents in the period, each counted once." + ONCE_IN_AREA, null, null,
                    PEOPLE, Set.of(VICTIMS), r -> (double) r.people().total(VICTIMS)),
            new CountedMeasure("suspects", "Suspects", Unit.COUNT,
                    "Suspects of domestic abuse incidents in the period, each counted once." + ONCE_IN_AREA, null, null,
                    PEOPLE, Set.of(SUSPECTS), r -> (double) r.people().total(SUSPECTS)),
            new CountedMeasure("male-victims", "Male victims", Unit.PERCENT,
                    "Victims recorded as male, as a share of victims whose sex is recorded." + ONCE_IN_AREA, null,
                    "No figure when the victims by sex table hides a small number: the share would give it back. "
                            + SmallNumbers.NOTE,
                    PEOPLE, Set.of(VICTIMS_BY_SEX), CountedMeasures::maleShare));

    private CountedMeasures() {
    }

    private static CountedMeasure count(String id, String label, Counter counter, CountedMeasure.Filters filters,
                                        String definition, String note) {
        return new CountedMeasure(id, label, Unit.COUNT, definition, null, note, filters, Set.of(counter),
                r -> (double) r.counted(filters).total(counter));
    }

    /** The median minutes to arrive over the attended incidents of one grade (their own slots of the histogram). */
    private static CountedMeasure arrival(Grade grade, String id, String label) {
        return new CountedMeasure(id, label, Unit.MINUTES,
                "The middle of the whole minutes from receiving the call to the first officer arriving, over " + ATTENDED
                        + " graded " + grade.label().toLowerCase(java.util.Locale.UK) + "." + INCIDENT_FILTERS, null,
                "Arrivals after 24 hours count as 1,440 minutes.", ALL, Set.of(DA_ARRIVAL_MINUTES),
                r -> Measures.median(r.counted(ALL).slots(DA_ARRIVAL_MINUTES),
                        grade.ordinal() * IncidentTallies.ARRIVAL_SLOTS_PER_GRADE,
                        IncidentTallies.ARRIVAL_SLOTS_PER_GRADE));
    }

    /** The repeat victim rule in words: "1 or more other domestic abuse incidents in the 12 months before". */
    static String repeatRule(java.time.Period window, int minimumEarlier) {
        return minimumEarlier + " or more other domestic abuse incident" + (minimumEarlier == 1 ? "" : "s")
                + " in the " + inWords(window) + " before";
    }

    private static String inWords(java.time.Period window) {
        List<String> parts = new java.util.ArrayList<>();
        java.time.Period p = window;
        if (p.getYears() > 0) {
            parts.add(p.getYears() == 1 ? "year" : p.getYears() + " years");
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() == 1 ? "month" : p.getMonths() + " months");
        }
        if (p.getDays() > 0) {
            parts.add(p.getDays() == 1 ? "day" : p.getDays() + " days");
        }
        return String.join(" and ", parts);
    }

    private static Double maleShare(Reading r) {
        List<Long> bySex = java.util.Arrays.stream(Sex.values())
                .map(sex -> r.people().slot(VICTIMS_BY_SEX, sex.ordinal())).toList();
        if (SmallNumbers.shown(bySex).contains(null)) {
            return null;
        }
        return Measures.percent(r.people().slot(VICTIMS_BY_SEX, Sex.MALE.ordinal()),
                r.people().total(VICTIMS_BY_SEX) - r.people().slot(VICTIMS_BY_SEX, Sex.NOT_KNOWN.ordinal()));
    }

    private static long all(Reading r, Counter counter) {
        return r.counted(ALL).total(counter);
    }

    /** DA_HEAT slots are ISO weekday × 24 + hour: Saturday is 6, Sunday 7. */
    private static long weekend(Reading r) {
        long sum = 0;
        for (int hour = 0; hour < 24; hour++) {
            sum += r.counted(ALL).slot(DA_HEAT, 6 * 24 + hour) + r.counted(ALL).slot(DA_HEAT, 7 * 24 + hour);
        }
        return sum;
    }
}
