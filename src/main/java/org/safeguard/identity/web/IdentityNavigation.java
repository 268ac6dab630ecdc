package org.safeguard.identity.web;

import org.safeguard.access.Role;
import org.safeguard.identity.PersonLinks;
import org.safeguard.shell.NavigationCount;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Record linkage in the service navigation (order 320), with the number of pairs waiting for a specialist. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    static final String QUEUE = "/people/link-reviews";

    @Bean
    NavigationLink whoIsWhoLink() {
        return NavigationLink.forRoles("Who is who", QUEUE,
                "Pairs of person records that may be one person: compare them side by side and judge.", 320,
                Role.DA_SPECIALIST.name());
    }

    @Bean
    NavigationCount pairsToReview(PersonLinks links) {
        return new NavigationCount() {
            @Override
            public String path() {
                return QUEUE;
            }

            @Override
            public int count() {
                return links.openReviews();
            }
        };
    }
}
