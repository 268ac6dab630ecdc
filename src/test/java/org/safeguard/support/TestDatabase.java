package org.safeguard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL 17 (the same embedded one the service runs on) for the whole test run,
 * started on first use and stopped when the JVM exits. Every Spring test context is pointed at it
 * through {@code spring.datasource.url}, registered in {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

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
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL", e);
            }
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
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("safeguard-test-database", Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "safeguard.data-dir", Holder.DATA_DIR.toString(),
                "safeguard.demo.people", "300",
                // Tests run the outbox sender themselves (OutboxSender.sendQueued), never on its schedule.
                "safeguard.notify.send-every", "1h")));
    }
}
