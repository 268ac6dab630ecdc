package org.safeguard.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the investigation of a crime ended, by the Home Office outcomes framework (DOMAIN.md "Crime outcomes"): one
 * outcome per offence recorded on an incident. The dashboard counts outcomes by {@link Group}.
 * <p>
 * The constants' order is stored (the dashboard keeps tallies by ordinal): add a new code at the end, never
 * between or in place of one.
 */
public enum CrimeOutcome {
    CHARGE_OR_SUMMONS("1", "Charged or summonsed", Group.CHARGE_SUMMONS),
    CHARGE_ALTERNATIVE_OFFENCE("1A", "Charged or summonsed for an alternative offence", Group.CHARGE_SUMMONS),
    YOUTH_CAUTION("2", "Youth caution or youth conditional caution", Group.CAUTION),
    ADULT_CAUTION("3", "Adult caution or conditional caution", Group.CAUTION),
    TAKEN_INTO_CONSIDERATION("4", "Taken into consideration with another offence", Group.TAKEN_INTO_CONSIDERATION),
    OFFENDER_DIED("5", "The offender has died", Group.PROSECUTION_PREVENTED),
    PENALTY_NOTICE("6", "Penalty notice for disorder", Group.OTHER_OUT_OF_COURT),
    CANNABIS_OR_KHAT_WARNING("7", "Cannabis or khat warning", Group.OTHER_OUT_OF_COURT),
    COMMUNITY_RESOLUTION("8", "Community resolution", Group.COMMUNITY_RESOLUTION),
    CPS_NOT_IN_PUBLIC_INTEREST("9", "Prosecution not in the public interest (CPS decision)", Group.NOT_IN_PUBLIC_INTEREST),
    POLICE_NOT_IN_PUBLIC_INTEREST("10", "Formal action not in the public interest (police decision)",
            Group.NOT_IN_PUBLIC_INTEREST),
    SUSPECT_UNDER_AGE("11", "Prosecution prevented: the suspect is below the age of criminal responsibility",
            Group.PROSECUTION_PREVENTED),
    SUSPECT_TOO_ILL("12", "Prosecution prevented: the suspect is too ill", Group.PROSECUTION_PREVENTED),
    VICTIM_OR_WITNESS_DEAD_OR_ILL("13", "Prosecution prevented: the victim or a key witness has died or is too ill",
            Group.PROSECUTION_PREVENTED),
    VICTIM_DOES_NOT_SUPPORT_IDENTIFYING("14", "Evidential difficulties: the victim declines or cannot support "
            + "identifying the suspect", Group.EVIDENTIAL_VICTIM_NOT_SUPPORTING),
    EVIDENTIAL_VICTIM_SUPPORTS("15", "Evidential difficulties: suspect identified, the victim supports action",
            Group.EVIDENTIAL_VICTIM_SUPPORTING),
    EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT("16", "Evidential difficulties: suspect identified, the victim does not "
            + "support further action", Group.EVIDENTIAL_VICTIM_NOT_SUPPORTING),
    TIME_LIMIT_EXPIRED("17", "Prosecution time limit expired", Group.TIME_LIMIT_EXPIRED),
    NO_SUSPECT_IDENTIFIED("18", "Investigation complete: no suspect identified", Group.NO_SUSPECT_IDENTIFIED),
    OTHER_BODY("20", "Another body has investigative primacy", Group.OTHER_BODY),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST("21", "Further investigation not in the public interest",
            Group.NOT_IN_PUBLIC_INTEREST),
    DIVERSIONARY("22", "Diversionary, educational or intervention activity", Group.DIVERSIONARY);

    /** The outcome groups the partnership's dashboard reports, in the order it shows them. */
    public enum Group {
        CHARGE_SUMMONS("Charge or summons"),
        CAUTION("Caution"),
        TAKEN_INTO_CONSIDERATION("Taken into consideration"),
        COMMUNITY_RESOLUTION("Community resolution"),
        OTHER_OUT_OF_COURT("Other out-of-court disposal"),
        DIVERSIONARY("Diversionary, educational or intervention activity"),
        EVIDENTIAL_VICTIM_NOT_SUPPORTING("Evidential difficulties: victim does not support action"),
        EVIDENTIAL_VICTIM_SUPPORTING("Evidential difficulties: victim supports action"),
        NOT_IN_PUBLIC_INTEREST("Not in the public interest"),
        PROSECUTION_PREVENTED("Prosecution prevented"),
        TIME_LIMIT_EXPIRED("Time limit expired"),
        NO_SUSPECT_IDENTIFIED("No suspect identified"),
        OTHER_BODY("Another body investigates");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String code;
    private final String label;
    private final Group group;

    CrimeOutcome(String code, String label, Group group) {
        this.code = code;
        this.label = label;
        this.group = group;
    }

    /** The Home Office outcome number, as officers and returns quote it ("1", "1A", "16"). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** The outcome with this Home Office number (as typed: case and spaces do not matter). */
    public static Optional<CrimeOutcome> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(o -> o.code.equalsIgnoreCase(wanted)).findFirst();
    }
}
