package org.safeguard.access;

import java.util.Set;

import org.safeguard.platform.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A real deployment (demo off) starts with no accounts. When {@code SAFEGUARD_FIRST_ADMIN_PASSWORD}
 * is set and no account exists yet, this creates the first administrator (username
 * {@code SAFEGUARD_FIRST_ADMIN_USERNAME}, default {@code admin}) in the force's police agency, so
 * every later account is made through the pages like any other. It does nothing once any account
 * exists, and nothing in demo mode (the demo brings its own administrator).
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffDirectory directory;
    private final String username;
    private final String password;
    private final String agencyName;
    private final boolean demo;

    FirstAdministrator(StaffDirectory directory, @Value("${safeguard.demo.enabled}") boolean demo,
                       @Value("${safeguard.first-admin.username:admin}") String username,
                       @Value("${safeguard.first-admin.password:}") String password,
                       @Value("${safeguard.first-admin.agency-name:Police}") String agencyName) {
        this.directory = directory;
        this.username = username;
        this.password = password;
        this.agencyName = agencyName;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createIfNoneExists() {
        if (demo || password.isBlank() || directory.hasAnyAccount()) {
            return;
        }
        Agency police = directory.agencyByCode("POLICE")
                .orElseGet(() -> directory.createAgency(new NewAgency("POLICE", agencyName, AgencyKind.POLICE.name())));
        try {
            directory.createAccount(new NewStaffAccount(username, "Administrator", null, police.id(), null,
                    Set.of(Role.ADMIN.name()), password));
        } catch (InvalidRequest refused) {
            throw new IllegalStateException("The first administrator could not be created from "
                    + "SAFEGUARD_FIRST_ADMIN_USERNAME / SAFEGUARD_FIRST_ADMIN_PASSWORD: " + refused.getMessage(), refused);
        }
        log.info("Created the first administrator account '{}'", username);
    }
}
