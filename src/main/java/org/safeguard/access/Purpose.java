package org.safeguard.access;

/** What the record is read for. A confidential address is never printed or exported, whoever reads. */
public enum Purpose {
    /** Shown on a page to the reader. */
    SCREEN,
    /** Printed or listed for others: a MARAC agenda, a neighbourhood briefing, a PDF. */
    PRINT,
    /** Taken out of the system: CSV, JSON, a subject-access export. */
    EXPORT
}
