package org.safeguard.access;

/**
 * How a member of staff stands to the person a record is about. A reader usually holds several ({@link #NONE} always).
 * {@link RelationshipSource} beans in other modules say which hold; access itself knows grants, break-glass and the
 * specialists named on a restriction.
 */
public enum Relationship {
    SPOC("The victim's single point of contact"),
    IDVA("The victim's IDVA"),
    NAMED("Named on the record's restriction by the specialist who restricted it"),
    GRANTED("Granted access by the record's owner, for a limited time"),
    BREAK_GLASS("Opened in an emergency with a reason, for a limited time"),
    TEAM_MEMBER("In the team of the victim's SPOC or IDVA"),
    MARAC_ATTENDEE("In the circle of the victim's MARAC case (coordinator, chair, representatives, attendees)"),
    AREA("Works in the area the record belongs to"),
    NONE("No relationship to the record");

    private final String description;

    Relationship(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
