package org.safeguard.referral.web;

import java.util.Map;

import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.RoutingRules;
import org.safeguard.referral.RoutingRulesVersion;
import org.safeguard.referral.rules.RoutingRuleSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routing rules for administrators: the rules in force as a table (rule, when, refer to, reason), the version
 * history, and publishing a new version from the YAML text; a refused text comes back with the line named.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RoutingRulePages {

    static final String RULES = "/referrals/rules";

    private final RoutingRules rules;

    RoutingRulePages(RoutingRules rules) {
        this.rules = rules;
    }

    @GetMapping(RULES)
    String rules(Model model) {
        return page(null, null, model);
    }

    @PostMapping(RULES)
    String publish(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        try {
            RoutingRulesVersion published = rules.publish(typed.get("rules"), typed.get("note"));
            redirect.addFlashAttribute("success", "Version " + published.version() + " of the routing rules is in force");
            return "redirect:" + RULES;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return page(typed.get("rules"), typed.get("note"), model);
        }
    }

    private String page(String typedRules, String typedNote, Model model) {
        RoutingRulesVersion current = rules.current();
        model.addAttribute("current", current);
        model.addAttribute("table", RoutingRuleSet.parse(current.text()).rules());
        model.addAttribute("versions", rules.versions());
        model.addAttribute("typedRules", typedRules == null ? current.text() : typedRules);
        model.addAttribute("typedNote", typedNote);
        return "referral/rules";
    }
}
