package org.safeguard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.access.ActingAs;
import org.safeguard.demo.DemoOrganisation;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentImport;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.PartyRole;
import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RfgRun;
import org.safeguard.platform.CommandLine;
import org.safeguard.platform.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * {@code bench rfg [--people N] [--incidents M] [--refreshes R] [--seed S]}: the RFG priority list (issue 8: a full
 * recomputation within 30 s and a refresh within 5 ms per incident, at 2,000,000 incidents on 2 cores).
 * Generates people and incidents first when the database holds fewer (as {@code bench history} does);
 * then, as the demo specialist, recomputes the whole list twice (the first run warms the caches) and
 * times the refresh of the suspects of {@code --refreshes} domestic abuse incidents picked at random, after
 * refreshing a fifth as many others so the code is compiled (as in a service that has been running).
 */
@Component
class RfgBenchmark implements Benchmark {

    private static final String SPECIALIST = "specialist";
    private static final long DRAWING_SEED = 20_261_126;

    private final HistoryBenchmark volume;
    private final DemoOrganisation organisation;
    private final IncidentImport incidentImport;
    private final Incidents incidents;
    private final PriorityList priorityList;
    private final ActingAs actingAs;

    RfgBenchmark(HistoryBenchmark volume, DemoOrganisation organisation, IncidentImport incidentImport,
                 Incidents incidents, PriorityList priorityList, ActingAs actingAs) {
        this.volume = volume;
        this.organisation = organisation;
        this.incidentImport = incidentImport;
        this.incidents = incidents;
        this.priorityList = priorityList;
        this.actingAs = actingAs;
    }

    @Override
    public String name() {
        return "rfg";
    }

    @Override
    public String description() {
        return "RFG priority list: full recomputation and one perpetrator's refresh at 2,000,000 incidents";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        organisation.ensure();
        volume.ensureData(options.longOption("people", 1_000_000), options.longOption("incidents", 2_000_000));
        int refreshes = (int) options.longOption("refreshes", 1_000);
        // Another seed draws incidents whose pages no earlier run has read into the database's memory.
        long seed = options.longOption("seed", DRAWING_SEED);
        return actingAs.run(SPECIALIST, () -> {
            RfgRun first = recompute("first");
            RfgRun second = recompute("second");
            List<List<Long>> warmUp = suspectsOfRandomIncidents(Math.max(100, refreshes / 5), seed + 1);
            System.out.printf("Warming up: the refresh of the suspects of %,d other incidents%n", warmUp.size());
            warmUp.forEach(priorityList::refresh);
            List<List<Long>> suspects = suspectsOfRandomIncidents(refreshes, seed);
            System.out.printf("Timing the refresh of the suspects of %,d domestic abuse incidents%n", suspects.size());
            Latencies refreshing = new Latencies(suspects.size());
            for (List<Long> ofIncident : suspects) {
                long started = System.nanoTime();
                priorityList.refresh(ofIncident);
                refreshing.add(System.nanoTime() - started);
            }
            System.out.printf("  %-20s p50_ms=%s p95_ms=%s p99_ms=%s%n", "refresh", refreshing.percentileMillis(50),
                    refreshing.percentileMillis(95), refreshing.percentileMillis(99));
            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            figures.put("full_s", seconds(second));
            figures.put("full_first_s", seconds(first));
            figures.put("incremental_p50_ms", refreshing.percentileMillis(50));
            figures.put("incremental_p95_ms", refreshing.percentileMillis(95));
            figures.put("perpetrators", second.perpetrators());
            return figures;
        });
    }

    private RfgRun recompute(String which) {
        System.out.printf("Recomputing the whole list (%s run)%n", which);
        RfgRun run = priorityList.recomputeAll();
        System.out.printf("  %,d perpetrators from %,d incidents in %.1f s%n", run.perpetrators(), run.incidentsRead(),
                run.took().toMillis() / 1000.0);
        return run;
    }

    /** The suspects of up to {@code wanted} domestic abuse incidents picked at random by id. */
    private List<List<Long>> suspectsOfRandomIncidents(int wanted, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long recorded = Math.max(1, incidentImport.count());
        List<List<Long>> suspects = new ArrayList<>(wanted);
        for (int draw = 0; draw < wanted * 20 && suspects.size() < wanted; draw++) {
            try {
                Incident incident = incidents.file(1 + random.nextLong(recorded)).incident();
                List<Long> ids = incident.partiesIn(PartyRole.SUSPECT).stream().map(Incident.Party::personId).toList();
                if (incident.domesticAbuse() && !ids.isEmpty()) {
                    suspects.add(ids);
                }
            } catch (RecordNotFound gap) {
                // an id given up by a rolled-back transaction
            }
        }
        return suspects;
    }

    private static double seconds(RfgRun run) {
        return Math.round(run.took().toMillis() / 100.0) / 10.0;
    }
}
