package org.safeguard.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;

/** Ids, versions and text as the linkage forms are typed, and the facade's problems put against the form's own fields. */
final class IdentityForms {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private IdentityForms() {
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** A record number typed in a form ("10234", " 10234 "); null when it is not one. */
    static Long recordNumber(String typed) {
        String value = typed == null ? "" : typed.strip();
        return ID.matcher(value).matches() ? Long.valueOf(value) : null;
    }

    /** The hidden version field; -1 (which no record has) when missing or altered, so saving is refused as stale. */
    static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** The text typed, without the spaces around it; null when blank or absent. */
    static String text(Map<String, String> typed, String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The problems to show, against the form's own fields ({@code toField} names the form field for each
     * problem the facade found), in the order of {@code fields}; the first message for a field wins.
     */
    static Map<String, String> problems(InvalidRequest refused, UnaryOperator<String> toField, List<String> fields) {
        Map<String, String> found = new LinkedHashMap<>();
        refused.problems().forEach(p -> found.putIfAbsent(toField.apply(p.field()), p.message()));
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(found::containsKey).forEach(f -> ordered.put(f, found.get(f)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
