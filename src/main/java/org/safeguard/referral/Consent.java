package org.safeguard.referral;

/** The victim's consent to the referral. */
public enum Consent {
    NOT_YET_ASKED("Not yet asked"), GIVEN("Given"), REFUSED("Refused");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
