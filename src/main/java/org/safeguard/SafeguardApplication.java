package org.safeguard;

import java.util.Arrays;
import java.util.Map;

import org.safeguard.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Safeguard: {@code java -jar safeguard.jar} serves the service; {@code java -jar safeguard.jar
 * generate …}, {@code … link} and {@code … bench NAME …} run a job against the same database and exit.
 */
@SpringBootApplication
public class SafeguardApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SafeguardApplication.class);
        if (CommandLine.namesACommand(args)) {
            // bench dashboard times pages as a browser gets them, so it serves them while it runs (bench.LocalWebServer).
            boolean servesPages = args[0].equals("bench") && Arrays.asList(args).contains("dashboard");
            application.setWebApplicationType(servesPages ? WebApplicationType.SERVLET : WebApplicationType.NONE);
            // A quiet console, so the progress bar and the closing BENCH line are what a person sees.
            application.setDefaultProperties(Map.of("safeguard.command", args[0], "logging.level.root", "WARN",
                    "spring.main.banner-mode", "off"));
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
