package org.safeguard.insight.web;

import java.util.Map;

import org.safeguard.insight.Populations;
import org.safeguard.platform.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The adult female population by town ({@code /insight/population}): analysts and administrators read it, an
 * administrator sets a town's figure with its source. A refused figure comes back with the error summary and what
 * was typed, and nothing is saved.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
class PopulationPages {

    static final String POPULATION = "/insight/population";

    private final Populations populations;

    PopulationPages(Populations populations) {
        this.populations = populations;
    }

    @GetMapping(POPULATION)
    String population(Model model) {
        return page(Map.of(), model);
    }

    @PostMapping(POPULATION)
    @PreAuthorize("hasRole('ADMIN')")
    String set(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        try {
            Populations.TownPopulation set = populations.set(typed.get("town"), typed.get("count"), typed.get("source"));
            redirect.addFlashAttribute("success", set.town() + ": " + NumberText.shown(set.adultWomen().doubleValue())
                    + " women aged 16 and over, from " + set.source());
            return "redirect:" + POPULATION;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return page(typed, model);
        }
    }

    private String page(Map<String, String> typed, Model model) {
        Populations.Recorded recorded = populations.recorded();
        model.addAttribute("towns", recorded.towns());
        model.addAttribute("earlier", recorded.earlier());
        model.addAttribute("form", typed);
        return "insight/population";
    }
}
