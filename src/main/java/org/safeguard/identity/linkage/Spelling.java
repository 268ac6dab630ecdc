package org.safeguard.identity.linkage;

/** How far apart two spellings are: one slip of typing, or their Jaro–Winkler similarity. */
final class Spelling {

    private static final double WINKLER_BOOST_FROM = 0.7;
    private static final int WINKLER_PREFIX = 4;
    private static final double WINKLER_SCALE = 0.1;

    private Spelling() {
    }

    /**
     * True when one keystroke turns one into the other: a letter dropped, added, replaced, or two
     * neighbours swapped (Damerau–Levenshtein distance 1). Equal spellings are not a slip apart.
     */
    static boolean oneSlipApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(la, lb) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = la;
        int endB = lb;
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int restA = endA - start;
        int restB = endB - start;
        if (restA + restB <= 1 || (restA == 1 && restB == 1)) {
            return true;
        }
        return restA == 2 && restB == 2 && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start);
    }

    /** Jaro–Winkler similarity, 1 for equal spellings, 0 when nothing matches. */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    halfTranspositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3;
        if (jaro < WINKLER_BOOST_FROM) {
            return jaro;
        }
        int prefix = 0;
        while (prefix < Math.min(WINKLER_PREFIX, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * WINKLER_SCALE * (1 - jaro);
    }
}
