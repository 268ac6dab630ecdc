package org.safeguard.marac.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.safeguard.access.Agency;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the research, attendance, hearing and close forms are read and answered: ids in addresses, the hidden version,
 * yes/no radios; a saved form goes back to its page with a banner, a refused one shows its problems and what was
 * typed, a stale one the conflict message.
 */
final class HearingForms {

    private HearingForms() {
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !typed.matches("\\d{1,18}")) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** The hidden version field; -1 (which no record has) when missing or altered, so saving is refused as stale. */
    static int version(Map<String, String> typed, String field) {
        String value = typed.get(field);
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** "yes" or "no" from radios; null when neither was chosen. */
    static Boolean yesNo(String typed) {
        return "yes".equals(typed) ? Boolean.TRUE : "no".equals(typed) ? Boolean.FALSE : null;
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
