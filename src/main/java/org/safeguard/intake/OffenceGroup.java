package org.safeguard.intake;

/**
 * The group of an offence recorded on a domestic abuse incident, in the words officers use. An
 * incident may record several; rules that weigh an incident (the offender module's gravity) take its
 * most serious. No offence recorded means a domestic incident without a crime.
 */
public enum OffenceGroup {
    HARASSMENT("Harassment"),
    STALKING("Stalking"),
    CONTROLLING_OR_COERCIVE_BEHAVIOUR("Controlling or coercive behaviour"),
    CRIMINAL_DAMAGE("Criminal damage"),
    BREACH_OF_ORDER("Breach of an order or bail conditions"),
    COMMON_ASSAULT("Common assault"),
    THREATS_TO_KILL("Threats to kill"),
    ASSAULT_WITH_INJURY("Assault with injury"),
    STRANGULATION("Non-fatal strangulation or suffocation"),
    SEXUAL_OFFENCE("Sexual offence"),
    SERIOUS_WOUNDING("Serious wounding (GBH)"),
    OTHER("Another offence");

    private final String words;

    OffenceGroup(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
