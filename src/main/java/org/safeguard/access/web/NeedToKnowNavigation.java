package org.safeguard.access.web;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.Role;
import org.safeguard.shell.NavigationCount;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NeedToKnowNavigation {

    private static final String[] EVERY_ROLE = java.util.Arrays.stream(Role.values()).map(Role::name)
            .toArray(String[]::new);

    @Bean
    NavigationLink noticesLink() {
        return NavigationLink.forRoles("Notices", NeedToKnowPages.NOTICES,
                "What you have been told: access requests, answers to yours, break-glass on records you own.", 880,
                EVERY_ROLE);
    }

    @Bean
    NavigationCount unreadNotices(RecordAccess access) {
        return count(NeedToKnowPages.NOTICES, access::unreadNotices);
    }

    @Bean
    NavigationLink accessRequestsLink() {
        return NavigationLink.forRoles("Access requests", NeedToKnowPages.REQUESTS,
                "Requests to see records you own, and your own requests to see others' records.", 885, EVERY_ROLE);
    }

    @Bean
    NavigationLink breakGlassLink() {
        return NavigationLink.forRoles("Break-glass review", NeedToKnowPages.BREAK_GLASS,
                "Records opened in an emergency: judge whether each was justified.", 890, Role.SUPERVISOR.name(),
                Role.PROFESSIONAL_STANDARDS.name());
    }

    @Bean
    NavigationCount breakGlassWaiting(RecordAccess access) {
        return count(NeedToKnowPages.BREAK_GLASS, access::waitingForReview);
    }

    @Bean
    NavigationLink accessPolicyLink() {
        return NavigationLink.forRoles("Access policy", AccessPolicyPage.PATH,
                "Who sees which part of a person's record, as a table, and the rules that close records.", 920,
                Role.ADMIN.name());
    }

    private static NavigationCount count(String path, java.util.function.IntSupplier counter) {
        return new NavigationCount() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public int count() {
                return counter.getAsInt();
            }
        };
    }
}
