package org.safeguard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL 17 (the same embedded one the service runs on) for the whole test run,
 * started on first use and stopped when the JVM exits. Every Spring test context is pointed at it
 * through {@code spring.datasource.url}, registered in {@code META-INF/spring.factories}.
 *
 * <p>The database stops only after the Spring test contexts on it have closed. JVM shutdown hooks run
 * concurrently, so the embedded server's own hook would stop PostgreSQL while Spring's hook is still
 * closing the cached contexts; a bean that needs the database on the way down (Spring Modulith's event
 * publication registry looks for incomplete publications) then waits Hikari's 30-second connection
 * timeout, and Surefire kills the fork "30 seconds after System.exit(0)". So that hook is off, and the
 * database is stopped by a Spring Boot shutdown handler, which runs after every context has closed.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** How long the JVM's own hook waits for Spring's to stop the database before stopping it itself. */
    private static final long SPRING_SHUTDOWN_WAIT_SECONDS = 20;

    private static final AtomicBoolean SPRING_HANDLER_ADDED = new AtomicBoolean();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    private static final class Holder {
        static final Path DATA_DIR = temporaryDirectory();
        static final EmbeddedPostgres POSTGRES = start();

        private static Path temporaryDirectory() {
            try {
                return Files.createTempDirectory("safeguard-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder()
                        .setDataDirectory(DATA_DIR.resolve("postgres"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL", e);
            }
        }

        static {
            // The fallback for a JVM with no Spring context on the database (ServiceJarIT only needs its URL),
            // or one whose Spring shutdown hook never runs: stop at once, or once Spring has had its turn.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (SPRING_HANDLER_ADDED.get()) {
                    try {
                        STOPPED.await(SPRING_SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                stop();
            }, "safeguard-test-database-stop"));
        }
    }

    private static synchronized void stop() {
        if (STOPPED.getCount() == 0) {
            return;
        }
        try {
            Holder.POSTGRES.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the test PostgreSQL", e);
        } finally {
            STOPPED.countDown();
        }
    }

    public static String jdbcUrl() {
        return Holder.POSTGRES.getJdbcUrl("postgres", "postgres");
    }

    public static Path dataDir() {
        return Holder.DATA_DIR;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String jdbcUrl = jdbcUrl();
        if (SPRING_HANDLER_ADDED.compareAndSet(false, true)) {
            // Spring Boot runs its shutdown handlers after closing every application context it started.
            SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("safeguard-test-database", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "safeguard.data-dir", Holder.DATA_DIR.toString(),
                "safeguard.demo.people", "300",
                // Tests run the outbox sender themselves (OutboxSender.sendQueued), never on its schedule.
                "safeguard.notify.send-every", "1h")));
    }
}
