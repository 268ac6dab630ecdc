package org.safeguard.offender.web;

import java.util.List;
import java.util.Map;

import org.safeguard.offender.DisclosurePrompt;
import org.safeguard.offender.Perpetrators;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The specialist team's 'right to know' prompts: each open one with the perpetrator, the new partner and the
 * incident, and the decision (refer for a disclosure, or none needed) with its reason.
 */
@Controller
class PromptPages {

    private final Perpetrators perpetrators;

    PromptPages(Perpetrators perpetrators) {
        this.perpetrators = perpetrators;
    }

    @GetMapping(ProfileNavigation.PROMPTS)
    String prompts(Model model) {
        return page(null, Map.of(), model);
    }

    @PostMapping(ProfileNavigation.PROMPTS + "/{id}")
    String decide(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        long promptId = ProfilePages.id(id);
        try {
            DisclosurePrompt decided = perpetrators.decidePrompt(promptId, decision(typed.get("decision")),
                    typed.get("reason"), version(typed.get("version")));
            redirect.addFlashAttribute("success", decided.decision().words() + ": " + decided.perpetratorName() + " and "
                    + decided.victimName());
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return page(promptId, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
        }
        return "redirect:" + ProfileNavigation.PROMPTS;
    }

    private String page(Long failedPrompt, Map<String, String> typed, Model model) {
        List<DisclosurePrompt> open = perpetrators.openPrompts();
        model.addAttribute("prompts", open);
        model.addAttribute("failedPrompt", failedPrompt);
        model.addAttribute("form", typed);
        model.addAttribute("decisions", DisclosurePrompt.Decision.values());
        return "offender/prompts";
    }

    private static DisclosurePrompt.Decision decision(String typed) {
        for (DisclosurePrompt.Decision decision : DisclosurePrompt.Decision.values()) {
            if (decision.name().equals(typed)) {
                return decision;
            }
        }
        return null;
    }

    /** The hidden version field; -1 (which no prompt has) when missing or altered, so saving is refused as stale. */
    private static int version(String typed) {
        return typed != null && typed.strip().matches("\\d{1,9}") ? Integer.parseInt(typed.strip()) : -1;
    }
}
