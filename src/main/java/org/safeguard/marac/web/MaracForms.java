package org.safeguard.marac.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.safeguard.access.Agency;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * Reading and answering the MARAC forms: ids in addresses, the hidden version, yes/no radios, problems in form order;
 * a saved form goes back to its page with a banner, a refused one shows its problems and what was typed, a stale one
 * the conflict message.
 */
final class MaracForms {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private MaracForms() {
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
        return version(typed, "version");
    }

    /** A version field of another name (a form carrying several records' versions). */
    static int version(Map<String, String> typed, String field) {
        String value = typed.get(field);
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

    /**
     * Runs a form's work: success back to {@code page} with a banner; a refusal renders the page again with the
     * problems and what was typed ({@code again}); a stale version goes back with the conflict message.
     */
    static String answer(String page, Map<String, String> typed, Model model, RedirectAttributes redirect,
                         Supplier<String> work, Supplier<String> again) {
        try {
            redirect.addFlashAttribute("success", work.get());
            return "redirect:" + page;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            model.addAttribute("form", typed);
            return again.get();
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:" + page;
        }
    }

    /** Agencies as [code, name] pairs for a select. */
    static List<String[]> agencyOptions(List<Agency> agencies) {
        return agencies.stream().map(a -> new String[] {a.code(), a.name()}).toList();
    }
}
