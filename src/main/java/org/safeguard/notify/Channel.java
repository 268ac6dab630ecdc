package org.safeguard.notify;

/** How a message reaches the victim. */
public enum Channel {
    SMS("text"),
    EMAIL("email"),
    LETTER("letter");

    private final String inWords;

    Channel(String inWords) {
        this.inWords = inWords;
    }

    /** The channel as a sentence names it: "text", "email", "letter". */
    public String inWords() {
        return inWords;
    }
}
