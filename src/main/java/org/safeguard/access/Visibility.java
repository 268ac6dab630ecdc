package org.safeguard.access;

/** What a reader sees of a field group, from most to least. */
public enum Visibility {
    /** Everything in the group. */
    SEEN,
    /** A shortened form: initials and year of birth, town and postcode district, a risk level without answers. */
    REDACTED,
    /** Only that the record exists and which agencies work with it, with the way to ask for more. */
    EXISTS_ONLY;

    /** The more open of the two. */
    public Visibility or(Visibility other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The more closed of the two. */
    public Visibility atMost(Visibility limit) {
        return ordinal() >= limit.ordinal() ? this : limit;
    }
}
