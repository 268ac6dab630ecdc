package org.safeguard.access;

/**
 * An agency working with a person, as a locked-down record shows it ("Police: SPOC", "Hertfordshire IDVA service:
 * IDVA").
 *
 * @param agency   the agency's name
 * @param role     what it does for the person, in words
 * @param username the worker who owns the work, when one does (the SPOC, the IDVA); null otherwise
 * @param owner    whether this worker owns the record: access requests go to the owner
 */
public record WorkingAgency(String agency, String role, String username, boolean owner) {
}
