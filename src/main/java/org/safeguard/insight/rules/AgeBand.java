package org.safeguard.insight.rules;

import java.time.LocalDate;
import java.time.Period;

/** Age bands for equality monitoring, as the partnership's returns use them; NOT_KNOWN without a date of birth. */
public enum AgeBand {
    UNDER_16("Under 16"), AGED_16_17("16–17"), AGED_18_24("18–24"), AGED_25_34("25–34"), AGED_35_44("35–44"),
    AGED_45_54("45–54"), AGED_55_64("55–64"), AGED_65_OVER("65 and over"), NOT_KNOWN("Not known");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of someone born on {@code dateOfBirth} (null: not known) on {@code day}. */
    public static AgeBand of(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null || dateOfBirth.isAfter(day)) {
            return NOT_KNOWN;
        }
        int age = Period.between(dateOfBirth, day).getYears();
        if (age < 16) {
            return UNDER_16;
        }
        if (age < 18) {
            return AGED_16_17;
        }
        if (age < 25) {
            return AGED_18_24;
        }
        if (age >= 65) {
            return AGED_65_OVER;
        }
        return values()[3 + (age - 25) / 10];
    }
}
