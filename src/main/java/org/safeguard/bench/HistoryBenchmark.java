package org.safeguard.bench;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.access.ActingAs;
import org.safeguard.demo.DemoOrganisation;
import org.safeguard.demo.GenerationReport;
import org.safeguard.demo.SyntheticData;
import org.safeguard.identity.PersonRecords;
import org.safeguard.intake.History;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.IncidentImport;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.safeguard.platform.CommandLine;
import org.safeguard.platform.ConsoleProgress;
import org.springframework.stereotype.Component;

/**
 * {@code bench history [--people N] [--incidents M] [--lookups L] [--saves S]}: the history panel
 * as a call handler gets it while the call is live (issue 3: p95 ≤ 25 ms and p99 ≤ 50 ms over 10,000
 * mixed lookups, saving an incident p95 ≤ 30 ms, with 1,000,000 people and 2,000,000 incidents on
 * 2 cores). Generates people and incidents first when the database holds fewer; then, acting as the
 * demo call handler, warms up and times {@link IncidentHistory#lookUp} (phone, address, name with and
 * without date of birth, in turn) and {@link Incidents#record} in this process. Recorded incidents
 * and the audit rows of every lookup stay in the database.
 */
@Component
class HistoryBenchmark implements Benchmark {

    private static final String CALL_HANDLER = "call.handler";
    private static final long DRAWING_SEED = 20_260_301;

    private final SyntheticData syntheticData;
    private final DemoOrganisation organisation;
    private final IncidentImport incidentImport;
    private final IncidentHistory history;
    private final Incidents incidents;
    private final PersonRecords identity;
    private final ActingAs actingAs;
    private final Clock clock;

    HistoryBenchmark(SyntheticData syntheticData, DemoOrganisation organisation, IncidentImport incidentImport,
                     IncidentHistory history, Incidents incidents, PersonRecords identity, ActingAs actingAs, Clock clock) {
        this.syntheticData = syntheticData;
        this.organisation = organisation;
        this.incidentImport = incidentImport;
        this.history = history;
        this.incidents = incidents;
        this.identity = identity;
        this.actingAs = actingAs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String description() {
        return "history panel lookups and incident saving at 1,000,000 people and 2,000,000 incidents";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        organisation.ensure();
        ensureData(options.longOption("people", 1_000_000), options.longOption("incidents", 2_000_000));
        int lookups = (int) options.longOption("lookups", 10_000);
        int saves = (int) options.longOption("saves", 1_000);
        return actingAs.run(CALL_HANDLER, () -> {
            System.out.println("Drawing lookups from 5,000 incidents picked at random");
            HistorySamples samples = HistorySamples.draw(incidents, identity, clock.instant(), incidentImport.count(),
                    5_000, DRAWING_SEED);
            System.out.printf("Warming up: %,d lookups, 50 saves%n", Math.max(500, lookups / 10));
            time(samples.lookups(Math.max(500, lookups / 10)));
            save(samples, 50);
            System.out.printf("Timing %,d lookups%n", lookups);
            Map<HistorySamples.Kind, Latencies> byKind = time(samples.lookups(lookups));
            System.out.printf("Timing %,d saves%n", saves);
            Latencies saving = save(samples, saves);

            Latencies all = new Latencies(lookups);
            byKind.values().forEach(all::addAll);
            byKind.forEach((kind, latencies) -> System.out.printf("  %-20s p50_ms=%s p95_ms=%s p99_ms=%s found=%d%%%n",
                    kind.name().toLowerCase(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                    latencies.percentileMillis(99), latencies.hitPercent()));
            System.out.printf("  %-20s p50_ms=%s p95_ms=%s p99_ms=%s found=%d%%%n", "all lookups",
                    all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99), all.hitPercent());
            System.out.printf("  %-20s p50_ms=%s p95_ms=%s p99_ms=%s%n", "save",
                    saving.percentileMillis(50), saving.percentileMillis(95), saving.percentileMillis(99));
            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            figures.put("p95_ms", all.percentileMillis(95));
            figures.put("p99_ms", all.percentileMillis(99));
            figures.put("save_p95_ms", saving.percentileMillis(95));
            return figures;
        });
    }

    /** Generates what is missing: new people (with 2 incidents each) until both counts are reached. */
    void ensureData(long peopleWanted, long incidentsWanted) {
        long people = syntheticData.peopleGenerated();
        long recorded = incidentImport.count();
        long morePeople = Math.max(0, peopleWanted - people);
        long moreIncidents = Math.max(0, incidentsWanted - recorded);
        if (morePeople == 0 && moreIncidents == 0) {
            System.out.printf("The database holds %,d generated people and %,d incidents%n", people, recorded);
            return;
        }
        morePeople = Math.max(morePeople, (moreIncidents + 1) / 2);
        long seed = syntheticData.nextUnusedSeed();
        System.out.printf("The database holds %,d generated people and %,d incidents: generating %,d people and "
                + "%,d incidents with seed %d%n", people, recorded, morePeople, moreIncidents, seed);
        GenerationReport report = syntheticData.generate(morePeople, moreIncidents, seed, clock.instant(),
                new ConsoleProgress(System.out, "people", morePeople));
        System.out.printf("Generated %,d people, %,d incidents, %,d risk assessments and %,d victims' cases in %.1f s "
                        + "(%,.0f incidents/s)%n", report.people(), report.incidents(), report.assessments(), report.cases(),
                report.took().toMillis() / 1000.0, report.incidentsPerSecond());
    }

    private Map<HistorySamples.Kind, Latencies> time(List<HistorySamples.Lookup> lookups) {
        Map<HistorySamples.Kind, Latencies> byKind = new EnumMap<>(HistorySamples.Kind.class);
        for (HistorySamples.Lookup lookup : lookups) {
            long started = System.nanoTime();
            History found = history.lookUp(lookup.query());
            long took = System.nanoTime() - started;
            byKind.computeIfAbsent(lookup.kind(), k -> new Latencies(lookups.size())).add(took, !found.incidents().isEmpty());
        }
        return byKind;
    }

    private Latencies save(HistorySamples samples, int count) {
        Latencies latencies = new Latencies(count);
        for (int n = 0; n < count; n++) {
            NewIncident incident = samples.incident(clock.instant());
            long started = System.nanoTime();
            incidents.record(incident);
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }
}
