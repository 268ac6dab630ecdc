package org.safeguard.offender;

import java.time.Duration;

/**
 * The kinds of order, notice and bail that restrict a perpetrator. {@code longest} is the longest the law
 * allows (null when a court sets it): a DVPN or DAPN lasts 48 hours, a DVPO 14 to 28 days.
 */
public enum OrderKind {
    DVPN("Domestic violence protection notice (DVPN)", "DVPN", null, Duration.ofHours(48), false),
    DVPO("Domestic violence protection order (DVPO)", "DVPO", Duration.ofDays(14), Duration.ofDays(28), false),
    DAPN("Domestic abuse protection notice (DAPN)", "DAPN", null, Duration.ofHours(48), false),
    DAPO("Domestic abuse protection order (DAPO)", "DAPO", null, null, false),
    NON_MOLESTATION("Non-molestation order", "non-molestation order", null, null, false),
    RESTRAINING("Restraining order", "restraining order", null, null, false),
    PRE_CHARGE_BAIL("Pre-charge bail conditions", "pre-charge bail", null, null, true),
    COURT_BAIL("Court bail conditions", "court bail", null, null, true);

    private final String words;
    private final String shortWords;
    private final Duration shortest;
    private final Duration longest;
    private final boolean bail;

    OrderKind(String words, String shortWords, Duration shortest, Duration longest, boolean bail) {
        this.words = words;
        this.shortWords = shortWords;
        this.shortest = shortest;
        this.longest = longest;
        this.bail = bail;
    }

    public String words() {
        return words;
    }

    /** As a sentence names it: "the DVPO against …", "the court bail of …". */
    public String shortWords() {
        return shortWords;
    }

    /** The shortest it may last, or null when the law sets none. */
    public Duration shortest() {
        return shortest;
    }

    /** The longest it may last, or null when a court decides. */
    public Duration longest() {
        return longest;
    }

    public boolean bail() {
        return bail;
    }
}
