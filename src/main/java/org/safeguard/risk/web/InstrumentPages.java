package org.safeguard.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.access.SignedInStaff;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Instruments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for the risk instruments (the security chain admits only ADMIN to /admin). */
@Controller
@RequestMapping("/admin/instruments")
class InstrumentPages {

    private final Instruments instruments;

    InstrumentPages(Instruments instruments) {
        this.instruments = instruments;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping
    String add(@RequestParam(required = false) String source, @AuthenticationPrincipal SignedInStaff admin, Model model,
               RedirectAttributes redirect) {
        try {
            Instrument added = instruments.add(source, admin);
            redirect.addFlashAttribute("success", added.label() + " (" + added.name() + ") added");
            return "redirect:/admin/instruments/" + added.code() + "/" + added.version();
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return listPage(model, source);
        }
    }

    private String listPage(Model model, String source) {
        model.addAttribute("instruments", instruments.all());
        model.addAttribute("inUse", inUse());
        model.addAttribute("source", source);
        return "risk/admin-instruments";
    }

    @GetMapping("/{code}/{version}")
    String instrument(@PathVariable String code, @PathVariable String version, Model model) {
        if (!version.matches("\\d{1,4}")) {
            throw new RecordNotFound("instrument", code + " v" + version);
        }
        Instrument instrument = instruments.find(code, Integer.parseInt(version));
        model.addAttribute("instrument", instrument);
        model.addAttribute("inUse", inUse().get(instrument.label()));
        return "risk/admin-instrument";
    }

    /** The labels of the versions in use ("DASH v1") and how each is used. */
    private Map<String, String> inUse() {
        Map<String, String> inUse = new LinkedHashMap<>();
        inUse.put(instruments.inUse().label(), "In use for police assessments");
        for (Instrument supplement : instruments.supplements()) {
            inUse.putIfAbsent(supplement.label(), "In use as a supplement");
        }
        return inUse;
    }
}
