package org.safeguard.demo;

import org.safeguard.platform.CommandLine;
import org.safeguard.platform.InvalidRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar safeguard.jar generate --people N --seed S}: generates N synthetic people into the
 * configured database (the embedded one in ./data unless SPRING_DATASOURCE_URL says otherwise),
 * with a progress bar, after making sure the demo agencies and sign-ins exist.
 */
@Component
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DemoOrganisation organisation;
    private final SyntheticData syntheticData;
    private final CommandLine commandLine;
    private int exitCode;

    GenerateCommand(DemoOrganisation organisation, SyntheticData syntheticData, CommandLine commandLine) {
        this.organisation = organisation;
        this.syntheticData = syntheticData;
        this.commandLine = commandLine;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!commandLine.is("generate")) {
            return;
        }
        try {
            long people = commandLine.longOption("people", 10_000);
            long seed = commandLine.longOption("seed", syntheticData.nextUnusedSeed());
            organisation.ensure();
            System.out.printf("Generating %,d synthetic people with seed %d%n", people, seed);
            GenerationReport report = syntheticData.generate(people, seed,
                    new ConsoleProgress(System.out, "people", people));
            System.out.printf("Done: %,d people as %,d person records at %,d addresses in %.1f s (%,.0f people/s)%n",
                    report.people(), report.records(), report.addresses(), report.took().toMillis() / 1000.0,
                    report.peoplePerSecond());
        } catch (InvalidRequest refused) {
            System.err.println("generate: " + refused.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
