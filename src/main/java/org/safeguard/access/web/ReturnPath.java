package org.safeguard.access.web;

/** Where a form sends the user back to: a path on this site only, never another site. */
final class ReturnPath {

    private ReturnPath() {
    }

    static String safe(String typed) {
        if (typed == null) {
            return "/";
        }
        String path = typed.strip();
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20) && path.length() <= 300;
        return local ? path : "/";
    }
}
