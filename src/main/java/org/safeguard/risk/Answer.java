package org.safeguard.risk;

/**
 * An answer to a risk question. {@code NOT_ASKED} is not an answer the victim gave: it records that the
 * assessor did not ask, and always carries the reason.
 */
public enum Answer {
    YES("Yes"),
    NO("No"),
    NOT_KNOWN("Not known"),
    NOT_ASKED("Not asked");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The answer as a user or partner system writes it ("yes", "NOT_KNOWN", "Not known"); null when none. */
    public static Answer named(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.strip().replace(' ', '_').replace('-', '_');
        for (Answer answer : values()) {
            if (answer.name().equalsIgnoreCase(plain)) {
                return answer;
            }
        }
        return null;
    }
}
