package org.safeguard.identity;

/** Sex as recorded; {@code NOT_KNOWN} when nobody asked or it was not given. */
public enum Sex {
    FEMALE, MALE, NOT_KNOWN
}
