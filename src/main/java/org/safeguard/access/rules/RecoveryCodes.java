package org.safeguard.access.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The ten single-use codes a member of staff keeps for when their phone is lost: ten characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), shown in two groups of five. About 49 bits each; they are
 * stored only as hashes and are throttled like passwords, so that is plenty.
 */
public final class RecoveryCodes {

    public static final int HOW_MANY = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    public static List<String> generate(RandomGenerator random) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < HOW_MANY; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** As typed: case, spaces and the dash do not matter. */
    public static String normalised(String typed) {
        String bare = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return bare.length() == LENGTH ? bare.substring(0, LENGTH / 2) + "-" + bare.substring(LENGTH / 2) : bare;
    }
}
