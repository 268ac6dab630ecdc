package org.safeguard.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, loads the demo partnership and a synthetic population on the first start (later
 * starts find them and load nothing), then prints the demo sign-ins. Commands such as
 * {@code generate} do their own loading.
 */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoOrganisation organisation;
    private final SyntheticData syntheticData;
    private final boolean enabled;
    private final long people;
    private final long seed;
    private final String command;

    DemoStartup(DemoOrganisation organisation, SyntheticData syntheticData,
                @Value("${safeguard.demo.enabled}") boolean enabled, @Value("${safeguard.demo.people}") long people,
                @Value("${safeguard.demo.seed}") long seed, @Value("${safeguard.command:}") String command) {
        this.organisation = organisation;
        this.syntheticData = syntheticData;
        this.enabled = enabled;
        this.people = people;
        this.seed = seed;
        this.command = command;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadDemo() {
        if (!enabled || !command.isEmpty()) {
            return;
        }
        organisation.ensure();
        if (!syntheticData.generated(seed)) {
            log.info("First start in demo mode: generating {} synthetic people (seed {})", people, seed);
            GenerationReport report = syntheticData.generate(people, seed, ConsoleProgress.silent());
            log.info("Generated {} people as {} person records in {} ms", report.people(), report.records(),
                    report.took().toMillis());
        }
        printSignIns();
    }

    private void printSignIns() {
        StringBuilder table = new StringBuilder("\n\n  Safeguard is running in DEMO mode with synthetic data only.\n")
                .append("  Sign in at /sign-in with any of these (password: ").append(organisation.demoPassword()).append(")\n\n");
        for (DemoOrganisation.DemoSignIn signIn : DemoOrganisation.SIGN_INS) {
            table.append(String.format("    %-20s %s%n", signIn.username(), signIn.role().label()));
        }
        log.info(table.toString());
    }
}
