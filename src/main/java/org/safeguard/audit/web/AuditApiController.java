package org.safeguard.audit.web;

import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.AuditVerification;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chain check for monitoring: {@code GET /api/v1/audit/verification} (ADMIN only). */
@RestController
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/audit/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditVerification verification() {
        return audit.verify();
    }
}
