package org.safeguard.bench;

import java.util.LinkedHashMap;

import org.safeguard.demo.ConsoleProgress;
import org.safeguard.demo.GenerationReport;
import org.safeguard.demo.SyntheticData;
import org.safeguard.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code bench generate [--people N]}: how fast the generator streams a population into PostgreSQL
 * (issue 2: a million people in minutes on 2 cores). Uses the next unused seed, so it adds people.
 */
@Component
class GenerateBenchmark implements Benchmark {

    private final SyntheticData syntheticData;

    GenerateBenchmark(SyntheticData syntheticData) {
        this.syntheticData = syntheticData;
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
        long seed = options.longOption("seed", syntheticData.nextUnusedSeed());
        GenerationReport report = syntheticData.generate(people, seed, new ConsoleProgress(System.out, "people", people));
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("people", report.people());
        figures.put("records", report.records());
        figures.put("addresses", report.addresses());
        figures.put("seconds", Math.round(report.took().toMillis() / 100.0) / 10.0);
        figures.put("people_per_s", Math.round(report.peoplePerSecond()));
        return figures;
    }
}
