package org.safeguard.audit.web;

import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationLink auditLogLink() {
        return NavigationLink.forRoles("Audit log", "/admin/audit",
                "See who signed in and who read or changed what, and check the log has not been altered.", 920,
                "ADMIN");
    }
}
