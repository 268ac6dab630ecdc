package org.safeguard.insight.rules;

/**
 * What a tally counts. Additive counters are kept per UK month, area, agency and risk level and summed over a
 * period; each is also kept with '*' (every value) in area, agency and risk, so a filter left open reads one row.
 * {@link #distinct} ones count people once per period: kept per period kind under the counter's name and the kind's
 * letter ({@code VICTIMS/M}, {@code VICTIMS/Q}, {@code VICTIMS/Y}), month = the period's first day, area the
 * incident's or '*' for all areas, agency and risk '*' (those filters do not apply to people).
 * {@code slot} sub-divides a counter where it says so; otherwise it is 0.
 */
public enum Counter {
    // Incidents (month of receipt; risk = the latest completed level of the incident's victim(s), NONE before)
    INCIDENTS("every incident recorded", false),
    DA_INCIDENTS("domestic abuse incidents", false),
    DA_INCIDENTS_REPEAT_VICTIM("domestic abuse incidents any of whose victims was a repeat victim when it was recorded", false),
    DA_INCIDENTS_CHILDREN_PRESENT("domestic abuse incidents with a child named on the incident (a party recorded as a child)", false),
    CRIMES("offences recorded on any incident (each offence is a crime)", false),
    DA_CRIMES("offences recorded on domestic abuse incidents", false),
    DA_ARRESTS("domestic abuse incidents whose attendance records an arrest", false),
    DA_OUTCOMES("domestic abuse crimes with an outcome; slot = the outcome's CrimeOutcome ordinal", false),
    DA_ATTENDED("domestic abuse incidents with an attendance recorded", false),
    DA_ATTENDED_WITH_TARGET("attended, whose grade has a response target (the denominator of within target)", false),
    DA_ATTENDED_WITHIN_TARGET("attended within the grade's response target (only among DA_ATTENDED_WITH_TARGET)", false),
    DA_ARRIVAL_MINUTES("attended; slot = the Grade ordinal × 10,000 + whole minutes from receipt to arrival, capped at "
            + "1440 (a median per grade)", false),
    DA_TWO_OFFICERS("attended by two officers or more", false),
    DA_BODY_WORN_VIDEO("attended with body-worn video used", false),
    DA_HEAT("domestic abuse incidents; slot = ISO weekday (1 Monday … 7 Sunday) × 24 + UK hour of receipt", false),
    // Risk assessments (month of completion, the incident's area and owning agency, risk = final level)
    ASSESSMENTS("completed risk assessments", false),
    ASSESSMENTS_ALL_ASKED("completed with every main question asked", false),
    ASSESSMENTS_RAISED("completed with the level raised by professional judgement", false),
    // Referrals (month made, the victim's area, the referring agency, risk = level when made)
    REFERRALS("referrals made; slot = the ServiceKind ordinal", false),
    // The victim's journey (month done/logged, the case's area, risk NONE; agency: the contact's, '' for tasks)
    VICTIMS_CODE_UPDATES("Victims' Code update tasks completed", false),
    VICTIMS_CODE_ON_TIME("Victims' Code update tasks completed by their due time", false),
    CONTACTS("contacts with victims logged", false),
    // Distinct people in a period
    VICTIMS("victims of domestic abuse incidents, each once", true),
    REPEAT_VICTIMS("victims who were repeat victims at a domestic abuse incident in the period, each once", true),
    SUSPECTS("suspects of domestic abuse incidents, each once", true),
    VICTIMS_BY_SEX("victims, each once; slot = the identity Sex ordinal", true),
    VICTIMS_BY_AGE("victims, each once; slot = the age band (rules.AgeBand ordinal) at their first incident in the period", true),
    SUSPECTS_BY_SEX("suspects, each once; slot = the identity Sex ordinal", true),
    SUSPECTS_BY_AGE("suspects, each once; slot = the age band ordinal", true),
    CONTACTED_VICTIMS("victims with a contact logged, each once", true);

    private final String counts;
    private final boolean distinct;

    Counter(String counts, boolean distinct) {
        this.counts = counts;
        this.distinct = distinct;
    }

    public String counts() {
        return counts;
    }

    public boolean distinct() {
        return distinct;
    }
}
