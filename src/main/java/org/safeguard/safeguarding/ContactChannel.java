package org.safeguard.safeguarding;

/** How a contact with the victim happened. */
public enum ContactChannel {
    IN_PERSON("In person"), PHONE("Phone"), TEXT("Text message"), EMAIL("Email"), LETTER("Letter"),
    VIDEO("Video call"), OTHER("Other");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
