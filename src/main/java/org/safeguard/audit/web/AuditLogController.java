package org.safeguard.audit.web;

import java.time.Clock;

import org.safeguard.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit log: recent rows, filters, and the chain check. */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

    private static final int ROWS_SHOWN = 100;

    private final AuditTrail audit;
    private final Clock clock;

    AuditLogController(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) String username, @RequestParam(required = false) String subjectType,
                @RequestParam(required = false) String subjectId, Model model) {
        model.addAttribute("rows", audit.recent(username, subjectType, subjectId, ROWS_SHOWN));
        model.addAttribute("username", username);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("zone", clock.getZone());
        return "audit/log";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return show(null, null, null, model);
    }
}
