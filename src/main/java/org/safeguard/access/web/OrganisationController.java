package org.safeguard.access.web;

import java.util.Arrays;
import java.util.Map;

import org.safeguard.access.AgencyKind;
import org.safeguard.access.NewAgency;
import org.safeguard.access.NewTeam;
import org.safeguard.access.StaffDirectory;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page for agencies and their teams. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationController {

    private final StaffDirectory directory;

    OrganisationController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String show(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/agencies")
    String addAgency(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String kind, Model model, RedirectAttributes redirect) {
        try {
            var agency = directory.createAgency(new NewAgency(code, name, kind));
            redirect.addFlashAttribute("success", agency.name() + " added");
            return "redirect:/admin/organisation";
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return page(model, Map.of("code", nullToEmpty(code), "name", nullToEmpty(name), "kind", nullToEmpty(kind)), Map.of());
        }
    }

    @PostMapping("/teams")
    String addTeam(@RequestParam(required = false) String agencyId, @RequestParam(name = "teamName", required = false) String name,
                   @RequestParam(required = false) String area, Model model, RedirectAttributes redirect) {
        try {
            var team = directory.createTeam(new NewTeam(FormNumbers.parse(agencyId), name, area));
            redirect.addFlashAttribute("success", team.name() + " added");
            return "redirect:/admin/organisation";
        } catch (InvalidRequest refused) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            refused.byField().forEach((field, message) -> errors.put(field.equals("name") ? "teamName" : field, message));
            model.addAttribute("errors", errors);
            return page(model, Map.of(), Map.of("agencyId", nullToEmpty(agencyId), "teamName", nullToEmpty(name),
                    "area", nullToEmpty(area)));
        }
    }

    private String page(Model model, Map<String, String> agencyForm, Map<String, String> teamForm) {
        var agencies = directory.agencies();
        model.addAttribute("agencies", agencies);
        model.addAttribute("teams", directory.teams());
        model.addAttribute("agencyForm", agencyForm);
        model.addAttribute("teamForm", teamForm);
        model.addAttribute("kindOptions", Arrays.stream(AgencyKind.values())
                .map(k -> new String[] {k.name(), k.label()}).toList());
        model.addAttribute("agencyOptions", agencies.stream()
                .map(a -> new String[] {Long.toString(a.id()), a.name()}).toList());
        return "access/organisation";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
