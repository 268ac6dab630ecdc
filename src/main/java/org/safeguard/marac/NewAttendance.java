package org.safeguard.marac;

/**
 * One agency's attendance as typed: present or not, and its representative's username. {@code otherRow} is the
 * number of the "another agency" row it was typed in (1, 2, …), or null for an agency the form listed by name; a
 * problem with the line is reported against that row's own fields.
 */
public record NewAttendance(String agencyCode, Boolean present, String representative, Integer otherRow) {

    public NewAttendance(String agencyCode, Boolean present, String representative) {
        this(agencyCode, present, representative, null);
    }

    /** The form field a problem with this line's agency, presence or representative is shown beside. */
    String field(String part) {
        if (otherRow != null) {
            return "other-" + part + "-" + otherRow;
        }
        return part.equals("agency") ? "agency" : part + "-" + agencyCode;
    }
}
