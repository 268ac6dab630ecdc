package org.safeguard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.safeguard.platform.CommandLine;
import org.safeguard.platform.InvalidRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the benchmark named on the command line and prints {@code BENCH NAME key=value …} last. */
@Component
class BenchCommand implements ApplicationRunner, ExitCodeGenerator {

    private final List<Benchmark> benchmarks;
    private final CommandLine commandLine;
    private int exitCode;

    BenchCommand(List<Benchmark> benchmarks, CommandLine commandLine) {
        this.benchmarks = benchmarks;
        this.commandLine = commandLine;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!commandLine.is("bench")) {
            return;
        }
        String name = commandLine.words().isEmpty() ? "" : commandLine.words().get(0);
        Benchmark benchmark = benchmarks.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
        if (benchmark == null) {
            System.err.println((name.isEmpty() ? "bench: name a benchmark." : "bench: no benchmark called '" + name + "'.")
                    + " Available:");
            benchmarks.forEach(b -> System.err.printf("  %-12s %s%n", b.name(), b.description()));
            exitCode = 2;
            return;
        }
        try {
            LinkedHashMap<String, Object> figures = benchmark.run(commandLine);
            System.out.println("BENCH " + benchmark.name() + " " + figures.entrySet().stream()
                    .map(figure -> figure.getKey() + "=" + figure.getValue())
                    .collect(Collectors.joining(" ")));
        } catch (InvalidRequest refused) {
            System.err.println("bench " + name + ": " + refused.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
