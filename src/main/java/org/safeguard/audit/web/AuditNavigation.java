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

    @Bean
    NavigationLink userActivityLink() {
        return NavigationLink.forRoles("User activity", "/audit/activity",
                "Everything one user viewed, changed or asked for in a period, with a download.", 925,
                "PROFESSIONAL_STANDARDS", "ADMIN");
    }
}
