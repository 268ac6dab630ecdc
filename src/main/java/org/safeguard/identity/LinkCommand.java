package org.safeguard.identity;

import org.safeguard.platform.CommandLine;
import org.safeguard.platform.ConsoleProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar safeguard.jar link [--train]}: links the whole person index now, with a progress bar
 * (training a new model first with {@code --train}, or when there is none), carrying on a run that
 * stopped part-way.
 */
@Component
class LinkCommand implements ApplicationRunner {

    private final LinkageRuns runs;
    private final CommandLine commandLine;
    private final LinkageSettings settings;

    LinkCommand(LinkageRuns runs, CommandLine commandLine, LinkageSettings settings) {
        this.runs = runs;
        this.commandLine = commandLine;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!commandLine.is("link")) {
            return;
        }
        if (!commandLine.option("train", "-").equals("-")) {
            System.out.println("Training a linkage model on every person record…");
            System.out.println("Stored as model version " + runs.train());
        }
        System.out.println("Linking the person index in " + settings.partitions() + " partitions…");
        LinkageRunReport report = runs.run(new ConsoleProgress(System.out, "partitions", settings.partitions()));
        System.out.printf("Run %d%s with model %d: %,d records, %,d pairs compared, %,d linked automatically, "
                        + "%,d queued for review, in %.1f s%n", report.runId(), report.resumed() ? " (carried on)" : "",
                report.modelVersion(), report.records(), report.pairs(), report.linked(), report.queued(),
                report.took().toMillis() / 1000.0);
    }
}
