package org.safeguard.demo;

import java.time.Clock;

import org.safeguard.identity.LinkageRunReport;
import org.safeguard.identity.LinkageRuns;
import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RfgRun;
import org.safeguard.platform.ConsoleProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, loads the demo partnership and a synthetic population with incidents among its
 * households ({@code safeguard.demo.incidents-per-person}), the victims' risk assessments and cases,
 * then links the people's records (identity's batch linkage, so the review queue has work) and ranks the
 * perpetrators (the offender module's priority list) on the first start (later starts find them and load nothing), then prints the demo sign-ins. Commands such
 * as {@code generate} do their own loading.
 */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoOrganisation organisation;
    private final SyntheticData syntheticData;
    private final LinkageRuns linkage;
    private final PriorityList priorityList;
    private final boolean enabled;
    private final long people;
    private final double incidentsPerPerson;
    private final long seed;
    private final String command;
    private final Clock clock;

    DemoStartup(DemoOrganisation organisation, SyntheticData syntheticData, LinkageRuns linkage, PriorityList priorityList,
                @Value("${safeguard.demo.enabled}") boolean enabled, @Value("${safeguard.demo.people}") long people,
                @Value("${safeguard.demo.incidents-per-person}") double incidentsPerPerson,
                @Value("${safeguard.demo.seed}") long seed, @Value("${safeguard.command:}") String command, Clock clock) {
        if (incidentsPerPerson < 0) {
            throw new IllegalStateException("safeguard.demo.incidents-per-person must be 0 or more, not " + incidentsPerPerson);
        }
        this.organisation = organisation;
        this.syntheticData = syntheticData;
        this.linkage = linkage;
        this.priorityList = priorityList;
        this.enabled = enabled;
        this.people = people;
        this.incidentsPerPerson = incidentsPerPerson;
        this.seed = seed;
        this.command = command;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadDemo() {
        if (!enabled || !command.isEmpty()) {
            return;
        }
        organisation.ensure();
        if (!syntheticData.generated(seed)) {
            long incidents = Math.round(people * incidentsPerPerson);
            log.info("First start in demo mode: generating {} synthetic people and {} incidents (seed {})", people,
                    incidents, seed);
            GenerationReport report = syntheticData.generate(people, incidents, seed, clock.instant(),
                    ConsoleProgress.silent());
            log.info("Generated {} people as {} person records, {} incidents, {} risk assessments and {} victims' cases "
                    + "in {} ms", report.people(), report.records(), report.incidents(), report.assessments(),
                    report.cases(), report.took().toMillis());
            LinkageRunReport linked = linkage.run(ConsoleProgress.silent());
            log.info("Record linkage of the demo people: {} records, {} linked automatically, {} for review, in {} ms",
                    linked.records(), linked.linked(), linked.queued(), linked.took().toMillis());
            RfgRun ranked = priorityList.recomputeAllAs("demo");
            log.info("Priority list of perpetrators: {} ranked from {} incidents in {} ms", ranked.perpetrators(),
                    ranked.incidentsRead(), ranked.took().toMillis());
        }
        printSignIns();
    }

    private void printSignIns() {
        StringBuilder table = new StringBuilder("\n\n  Safeguard is running in DEMO mode with synthetic data only.\n")
                .append("  Sign in at /sign-in with any of these (password: ").append(organisation.demoPassword()).append(")\n")
                .append("  then with a code from an authenticator app: the first sign-in of each account shows a QR code to scan\n\n");
        for (DemoOrganisation.DemoSignIn signIn : DemoOrganisation.SIGN_INS) {
            table.append(String.format("    %-20s %s%n", signIn.username(), signIn.role().label()));
        }
        log.info(table.toString());
    }
}
