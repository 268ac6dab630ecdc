package org.safeguard.access;

/**
 * The kinds of page a record about a person is read on. Every decision of {@link RecordAccess} is about one person
 * (the victim of a case, a party to an incident, the victim of a MARAC case) read as one of these.
 */
public enum RecordType {
    PERSON("Person record"),
    CASE("Victim's case"),
    INCIDENT("Incident"),
    MARAC_CASE("MARAC case"),
    REFERRAL("Referral");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
