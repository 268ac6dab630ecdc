package org.safeguard.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** DASH answers for tests: the 27 questions of DASH v1 (dash-01 to dash-27) answered Yes or No. */
public final class Dash {

    public static final int QUESTIONS = 27;

    private Dash() {
    }

    /** The first {@code yes} questions answered Yes, the rest No. */
    public static Map<String, String> answers(int yes) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int n = 1; n <= QUESTIONS; n++) {
            answers.put(question(n), n <= yes ? "YES" : "NO");
        }
        return answers;
    }

    /** "dash-07" for 7. */
    public static String question(int number) {
        return String.format("dash-%02d", number);
    }
}
