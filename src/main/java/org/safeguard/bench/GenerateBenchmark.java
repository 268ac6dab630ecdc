package org.safeguard.bench;

import java.time.Clock;
import java.util.LinkedHashMap;

import org.safeguard.demo.GenerationReport;
import org.safeguard.demo.SyntheticData;
import org.safeguard.platform.CommandLine;
import org.safeguard.platform.ConsoleProgress;
import org.springframework.stereotype.Component;

/**
 * {@code bench generate [--people N] [--incidents M]}: how fast the generator streams a population,
 * incidents among it (2 per person unless given), the victims' risk assessments and their cases into PostgreSQL (issue 2: a million people in minutes
 * on 2 cores). Uses the next unused seed, so it adds people.
 */
@Component
class GenerateBenchmark implements Benchmark {

    private final SyntheticData syntheticData;
    private final Clock clock;

    GenerateBenchmark(SyntheticData syntheticData, Clock clock) {
        this.syntheticData = syntheticData;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String description() {
        return "synthetic population generation into PostgreSQL";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        long people = options.longOption("people", 100_000);
        long incidents = options.longOption("incidents", 2 * people);
        long seed = options.longOption("seed", syntheticData.nextUnusedSeed());
        GenerationReport report = syntheticData.generate(people, incidents, seed, clock.instant(),
                new ConsoleProgress(System.out, "people", people));
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("people", report.people());
        figures.put("records", report.records());
        figures.put("addresses", report.addresses());
        figures.put("incidents", report.incidents());
        figures.put("assessments", report.assessments());
        figures.put("cases", report.cases());
        figures.put("seconds", Math.round(report.took().toMillis() / 100.0) / 10.0);
        figures.put("people_per_s", Math.round(report.peoplePerSecond()));
        figures.put("incidents_per_s", Math.round(report.incidentsPerSecond()));
        return figures;
    }
}
