package org.safeguard.access;

/** The parts of a record the access policy decides on separately. */
public enum FieldGroup {
    IDENTITY("Identity", "Name, date of birth, sex, identifiers."),
    CONTACT_DETAILS("Contact details", "Phone numbers, email, safe contact preferences."),
    CURRENT_ADDRESS("Current address", "Where the person lives now."),
    RISK("Risk", "Risk assessments, levels, answers and the victim's own words."),
    MARAC("MARAC research and minutes", "What agencies found before a MARAC and what was said at it."),
    HEALTH("Health information", "Physical and mental health, pregnancy, substance use, health agencies' research.");

    private final String label;
    private final String description;

    FieldGroup(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
