package org.safeguard.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.access.StaffDirectory;
import org.safeguard.directory.NewPartnerService;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory of partner services: the list by kind for every member of staff, and for administrators the forms
 * to add a service and to change one (areas typed one per line or separated by commas; none means everywhere; the
 * full-time workers, which the dashboard divides an IDVA service's caseload by, may be left empty).
 */
@Controller
class DirectoryPages {

    static final String DIRECTORY = "/directory";

    private final ServiceDirectory directory;
    private final StaffDirectory staff;

    DirectoryPages(ServiceDirectory directory, StaffDirectory staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @GetMapping(DIRECTORY)
    String services(Model model) {
        Map<ServiceKind, List<PartnerService>> byKind = new LinkedHashMap<>();
        for (ServiceKind kind : ServiceKind.values()) {
            List<PartnerService> ofKind = directory.all().stream().filter(s -> s.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                byKind.put(kind, ofKind);
            }
        }
        model.addAttribute("byKind", byKind);
        model.addAttribute("agencyNames", staff.agencies().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.code(), a -> a.name(), (a, b) -> a)));
        return "directory/services";
    }

    @GetMapping(DIRECTORY + "/new")
    @PreAuthorize("hasRole('ADMIN')")
    String addForm(Model model) {
        return formPage(null, Map.of("slaHours", "72"), model);
    }

    @PostMapping(DIRECTORY)
    @PreAuthorize("hasRole('ADMIN')")
    String add(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        try {
            PartnerService added = directory.add(entry(typed));
            redirect.addFlashAttribute("success", added.name() + " is in the directory");
            return "redirect:" + DIRECTORY;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return formPage(null, typed, model);
        }
    }

    @GetMapping(DIRECTORY + "/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String changeForm(@PathVariable String id, Model model) {
        PartnerService service = service(id);
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("code", service.code());
        shown.put("name", service.name());
        shown.put("kind", service.kind().name());
        shown.put("agencyCode", service.agencyCode());
        shown.put("areas", String.join("\n", service.areas()));
        shown.put("offers", service.offers());
        shown.put("referralRoute", service.referralRoute());
        shown.put("hours", service.hours());
        shown.put("slaHours", Integer.toString(service.slaHours()));
        shown.put("fullTimeWorkers", service.fullTimeWorkers() == null ? "" : service.fullTimeWorkers().toPlainString());
        shown.put("active", Boolean.toString(service.active()));
        shown.put("version", Integer.toString(service.version()));
        return formPage(service, shown, model);
    }

    @PostMapping(DIRECTORY + "/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String change(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        PartnerService service = service(id);
        String version = typed.getOrDefault("version", "");
        try {
            PartnerService changed = directory.change(service.id(), version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1,
                    entry(typed), "true".equals(typed.get("active")));
            redirect.addFlashAttribute("success", changed.name() + " is changed");
            return "redirect:" + DIRECTORY;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return formPage(service, typed, model);
        } catch (ConcurrentEdit stale) {
            redirect.addFlashAttribute("conflict", stale.getMessage());
            return "redirect:" + DIRECTORY + "/" + service.id();
        }
    }

    private PartnerService service(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new RecordNotFound("partner service", id);
        }
        return directory.find(Long.parseLong(id)).orElseThrow(() -> new RecordNotFound("partner service", id));
    }

    private String formPage(PartnerService service, Map<String, String> typed, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("form", typed);
        model.addAttribute("kinds", Arrays.stream(ServiceKind.values()).map(k -> new String[]{k.name(), k.label()}).toList());
        model.addAttribute("agencies", staff.agencies().stream().map(a -> new String[]{a.code(), a.name()}).toList());
        return "directory/service";
    }

    private static NewPartnerService entry(Map<String, String> typed) {
        return new NewPartnerService(typed.get("code"), typed.get("name"), typed.get("kind"), typed.get("agencyCode"),
                List.of(typed.getOrDefault("areas", "")), typed.get("offers"), typed.get("referralRoute"),
                typed.get("hours"), typed.get("slaHours"), typed.get("fullTimeWorkers"));
    }
}
