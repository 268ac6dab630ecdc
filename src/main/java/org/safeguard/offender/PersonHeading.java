package org.safeguard.offender;

/**
 * A person as a page about them is headed: their name, or "Restricted record" for a reader who may not see
 * records of the organisation's own staff (the page may still let them record what they must, e.g. an arrest).
 */
public record PersonHeading(long personId, String name, boolean restricted) {
}
