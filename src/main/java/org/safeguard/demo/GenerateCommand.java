package org.safeguard.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RfgRun;
import org.safeguard.platform.CommandLine;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.platform.InvalidRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar safeguard.jar generate --people N [--incidents M] [--seed S] [--as-of T]}: generates
 * N synthetic people and M incidents among them (2 per person unless given) in the three years up to
 * T (now unless given: a date, or an instant such as 2026-03-01T12:00:00Z), with risk assessments of
 * most domestic abuse victims and each victim's case, into the configured database, with a progress bar, after making sure
 * the demo agencies and sign-ins exist; then works out the perpetrators' priority list in full.
 */
@Component
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    static final double INCIDENTS_PER_PERSON = 2.0;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DemoOrganisation organisation;
    private final SyntheticData syntheticData;
    private final PriorityList priorityList;
    private final CommandLine commandLine;
    private final Clock clock;
    private int exitCode;

    GenerateCommand(DemoOrganisation organisation, SyntheticData syntheticData, PriorityList priorityList,
                    CommandLine commandLine, Clock clock) {
        this.organisation = organisation;
        this.syntheticData = syntheticData;
        this.priorityList = priorityList;
        this.commandLine = commandLine;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!commandLine.is("generate")) {
            return;
        }
        try {
            long people = commandLine.longOption("people", 10_000);
            long incidents = commandLine.longOption("incidents", Math.round(people * INCIDENTS_PER_PERSON));
            long seed = commandLine.longOption("seed", syntheticData.nextUnusedSeed());
            Instant asOf = asOf(commandLine.option("as-of", ""), clock);
            organisation.ensure();
            System.out.printf("Generating %,d synthetic people with seed %d, and %,d incidents among them up to %s%n",
                    people, seed, incidents, asOf);
            GenerationReport report = syntheticData.generate(people, incidents, seed, asOf,
                    new ConsoleProgress(System.out, "people", people));
            System.out.printf("Done: %,d people (and %,d children) as %,d person records at %,d addresses, "
                            + "%,d incidents, %,d risk assessments, %,d victims' cases, in %.1f s (%,.0f people/s, "
                            + "%,.0f incidents/s)%n",
                    report.people(), report.children(), report.records(), report.addresses(), report.incidents(),
                    report.assessments(), report.cases(), report.took().toMillis() / 1000.0, report.peoplePerSecond(),
                    report.incidentsPerSecond());
            // Imported incidents publish no events: the perpetrators' priority list is worked out once, in full.
            RfgRun ranked = priorityList.recomputeAllAs("generate");
            System.out.printf("Priority list of perpetrators: %,d ranked from %,d incidents in %.1f s%n",
                    ranked.perpetrators(), ranked.incidentsRead(), ranked.took().toMillis() / 1000.0);
        } catch (InvalidRequest refused) {
            System.err.println("generate: " + refused.getMessage());
            exitCode = 2;
        }
    }

    /** Blank: now. A date: its start, London time. Otherwise an instant such as 2026-03-01T12:00:00Z. */
    static Instant asOf(String typed, Clock clock) {
        if (typed.isBlank()) {
            return clock.instant();
        }
        try {
            return typed.contains("T") ? Instant.parse(typed) : LocalDate.parse(typed).atStartOfDay(LONDON).toInstant();
        } catch (DateTimeParseException notATime) {
            throw InvalidRequest.of("as-of", "--as-of must be a date like 2026-03-01 or an instant like "
                    + "2026-03-01T12:00:00Z, not '" + typed + "'");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
