package org.safeguard.access.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;


import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.security.SecondFactorReset;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for staff accounts (the security chain admits only ADMIN to /admin). */
@Controller
@RequestMapping("/admin/staff")
class StaffAccountsController {

    private final StaffDirectory directory;
    private final SecondFactorReset secondFactors;

    StaffAccountsController(StaffDirectory directory, SecondFactorReset secondFactors) {
        this.directory = directory;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", directory.accounts());
        return "access/staff-list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(model, new AccountForm(null, null, null, null, null, Set.of()));
    }

    @PostMapping("/new")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String agencyId,
                  @RequestParam(required = false) String teamId,
                  @RequestParam(name = "roles", required = false) List<String> roles,
                  @RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {
        AccountForm typed = new AccountForm(username, displayName, email, agencyId, teamId,
                roles == null ? Set.of() : Set.copyOf(roles));
        try {
            var account = directory.createAccount(new NewStaffAccount(username, displayName, email,
                    FormNumbers.parse(agencyId), FormNumbers.parse(teamId), typed.roles(), password));
            redirect.addFlashAttribute("success", "Account created for " + account.displayName());
            return "redirect:/admin/staff";
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return form(model, typed);
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
                      RedirectAttributes redirect) {
        try {
            var account = directory.setEnabled(id, enabled, version);
            redirect.addFlashAttribute("success", account.displayName() + (enabled ? " can sign in again" : " can no longer sign in"));
        } catch (ConcurrentEdit conflict) {
            redirect.addFlashAttribute("conflict", conflict.getMessage());
        }
        return "redirect:/admin/staff";
    }

    @GetMapping("/{id}/second-factor/reset")
    String confirmReset(@PathVariable long id, Model model) {
        return resetForm(id, null, Map.of(), model);
    }

    /** A lost phone: the member of staff sets up an app again at their next sign-in. */
    @PostMapping("/{id}/second-factor/reset")
    String reset(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String name = secondFactors.reset(id, reason);
            redirect.addFlashAttribute("success", name + " will set up an authenticator app at their next sign-in");
            return "redirect:/admin/staff";
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return resetForm(id, reason, refused.byField(), model);
        }
    }

    private String resetForm(long id, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("account", directory.account(id).orElseThrow(() -> new RecordNotFound("staff account", id)));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "access/staff-second-factor-reset";
    }

    private String form(Model model, AccountForm typed) {
        model.addAttribute("form", typed);
        model.addAttribute("agencyOptions", directory.agencies().stream()
                .map(a -> new String[] {Long.toString(a.id()), a.name()}).toList());
        model.addAttribute("teamOptions", directory.teams().stream()
                .map(t -> new String[] {Long.toString(t.id()), t.agencyName() + ": " + t.name()}).toList());
        model.addAttribute("roleOptions", Arrays.asList(Role.values()));
        return "access/staff-new";
    }

    /** The form as typed, to show it again with its problems. */
    record AccountForm(String username, String displayName, String email, String agencyId, String teamId,
                       Set<String> roles) {
    }
}
