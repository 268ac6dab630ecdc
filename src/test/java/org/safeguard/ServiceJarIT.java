package org.safeguard;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SecondFactor;
import org.safeguard.support.TestDatabase;
import org.safeguard.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, the README's promises, run against the built jar exactly as a person would run it:
 * {@code java -jar target/safeguard.jar} starts on an embedded PostgreSQL with demo data, keeps the
 * data across a restart, uses an external PostgreSQL when {@code SPRING_DATASOURCE_URL} is set, and
 * the {@code generate} and {@code bench} commands work. Prints the start-up times it measured.
 */
class ServiceJarIT {

    private static final Path JAR = Path.of("target", "safeguard.jar");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /**
     * The demo population of a first start here: the test suite's size ({@code TestDatabase}), not the
     * README's 2,000. What these tests prove (the demo is loaded on a first start, its sign-ins printed, kept
     * across a restart) does not depend on the size, and generating and linking 2,000 people twice was most of
     * this class's time.
     */
    private static final String SMALL_DEMO = "--safeguard.demo.people=300";

    @Test
    void firstStartLoadsTheDemoAndARestartKeepsTheData() throws Exception {
        Path dataDir = Files.createTempDirectory("safeguard-jar-");
        Started first = start(dataDir, Map.of(), SMALL_DEMO);
        try {
            assertThat(first.output()).contains("Embedded PostgreSQL created", "First start in demo mode: generating 300 synthetic people",
                    "Sign in at /sign-in", "call.handler", "marac.coordinator", "Demo-Password-2026");
            assertThat(agencies(first.port())).contains("Demo Constabulary");
        } finally {
            first.stop();
        }
        Started restart = start(dataDir, Map.of(), SMALL_DEMO);
        try {
            assertThat(restart.output()).contains("Embedded PostgreSQL started").doesNotContain("First start in demo mode");
            assertThat(agencies(restart.port())).contains("Demo Constabulary");
        } finally {
            restart.stop();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        System.out.printf("ServiceJarIT start-up: first start with demo data %.1f s, restart %.1f s%n",
                first.seconds(), restart.seconds());
    }

    @Test
    void anExternalDatabaseIsUsedWhenOneIsConfigured() throws Exception {
        Path dataDir = Files.createTempDirectory("safeguard-jar-external-");
        Started external = start(dataDir, Map.of("SPRING_DATASOURCE_URL", TestDatabase.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""), SMALL_DEMO);
        try {
            assertThat(external.output()).doesNotContain("Embedded PostgreSQL");
            assertThat(agencies(external.port())).contains("Demo Constabulary");
        } finally {
            external.stop();
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void withoutTheDemoTheFirstAdministratorComesFromTheEnvironment() throws Exception {
        Path dataDir = Files.createTempDirectory("safeguard-jar-live-");
        Started live = start(dataDir, Map.of("SAFEGUARD_FIRST_ADMIN_PASSWORD", "Kestrel-Lantern-2026"),
                "--safeguard.demo.enabled=false");
        try {
            assertThat(live.output()).contains("Created the first administrator account 'admin'")
                    .doesNotContain("First start in demo mode");
            assertThat(agencies(live.port(), "admin:Kestrel-Lantern-2026")).contains("Police");
            HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + live.port() + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.body()).contains("Sign in to Safeguard").doesNotContain("DEMO — synthetic data");
        } finally {
            live.stop();
        }
    }

    @Test
    void theGenerateAndBenchCommandsRunAndExit() throws Exception {
        Path dataDir = Files.createTempDirectory("safeguard-jar-commands-");
        Ran generate = run(dataDir, "generate", "--people", "1000", "--seed", "11");
        assertThat(generate.exitCode()).isZero();
        assertThat(generate.output()).contains("Generating 1,000 synthetic people with seed 11", "100%", "Done: 1,000 people");

        Ran again = run(dataDir, "generate", "--people", "10", "--seed", "11");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("Seed 11 has already been generated");

        Ran notANumber = run(dataDir, "generate", "--people", "many");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.output()).contains("--people must be a whole number");

        Ran bench = run(dataDir, "bench", "audit", "--appends", "300");
        assertThat(bench.exitCode()).isZero();
        List<String> lines = bench.output().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("BENCH audit appends=300 append_p50_ms=").contains("intact=true");

        Ran unknown = run(dataDir, "bench", "no-such-benchmark");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output()).contains("no benchmark called 'no-such-benchmark'", "audit", "generate");
    }

    private record Started(Process process, int port, double seconds, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private record Ran(int exitCode, String output) {
    }

    private static Started start(Path dataDir, Map<String, String> environment, String... arguments) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("safeguard-jar-", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAFEGUARD_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() - started < START_LIMIT.toNanos()) {
            if (!process.isAlive()) {
                throw new AssertionError("the service stopped during start-up:\n" + Files.readString(log));
            }
            // Ready for a person once start-up work is done (demo sign-ins printed, or the first
            // administrator created) and health is UP.
            String output = Files.readString(log);
            if ((output.contains("Sign in at /sign-in") || output.contains("Created the first administrator"))
                    && healthy(http, port)) {
                return new Started(process, port, (System.nanoTime() - started) / 1e9, log);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not start within " + START_LIMIT + ":\n" + Files.readString(log));
    }

    private static Ran run(Path dataDir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("safeguard-command-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAFEGUARD_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("command did not finish: " + command + "\n" + Files.readString(log));
        }
        return new Ran(process.exitValue(), Files.readString(log));
    }

    private static boolean healthy(HttpClient http, int port) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String agencies(int port) throws Exception {
        return agencies(port, "admin:Demo-Password-2026");
    }

    /** The API as the account: set up its authenticator app on the pages first (issue 10), then send its code. */
    private static String agencies(int port, String usernameAndPassword) throws Exception {
        String username = usernameAndPassword.substring(0, usernameAndPassword.indexOf(':'));
        new WebSession(port).signIn(username, usernameAndPassword.substring(username.length() + 1));
        String credentials = Base64.getEncoder().encodeToString(usernameAndPassword.getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies"))
                        .header("Authorization", "Basic " + credentials)
                        .header("X-One-Time-Password", SecondFactor.currentCode(username)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
