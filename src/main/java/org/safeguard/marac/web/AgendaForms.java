package org.safeguard.marac.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;

/** Reading what was typed into the MARAC forms: ids, versions, numbers, yes/no answers; problems in form order. */
final class AgendaForms {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private AgendaForms() {
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** An id chosen in a form, or null when none (the facade says what is missing). */
    static Long chosenId(String typed) {
        return typed != null && ID.matcher(typed.strip()).matches() ? Long.valueOf(typed.strip()) : null;
    }

    /** The hidden version field; -1 (which no record has) when missing or altered, so saving is refused as stale. */
    static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** "yes" true, "no" false, anything else not recorded (null). */
    static Boolean yesNo(String typed) {
        return "yes".equals(typed) ? Boolean.TRUE : "no".equals(typed) ? Boolean.FALSE : null;
    }

    static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    /** The refusal's messages in the form's order of fields. */
    static Map<String, String> problems(InvalidRequest refused, List<String> fields) {
        Map<String, String> found = refused.byField();
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(found::containsKey).forEach(f -> ordered.put(f, found.get(f)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
