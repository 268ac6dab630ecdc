package org.safeguard.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the service when no external database is configured, so that
 * {@code java -jar safeguard.jar} works on a machine with nothing but a JDK. The data stays in
 * {@code <data-dir>/postgres} across restarts. Setting {@code spring.datasource.url} (for example
 * through {@code SPRING_DATASOURCE_URL}) switches this off and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "embedded")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${safeguard.data-dir}") Path dataDir,
                                      EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(directory);
        boolean firstStart = !Files.exists(directory.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring stops it (destroyMethod "close") after the data source and every bean that still
                // uses the database on the way down. A JVM shutdown hook of its own would run alongside
                // Spring's and pull the database out from under them: in-flight requests of the graceful
                // shutdown fail, and Spring Modulith's event registry waits Hikari's 30 s for a connection.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", properties.sharedBuffers())
                .setServerConfig("timezone", "UTC")
                // The embedded server's library starts PostgreSQL with fsync and synchronous commit off,
                // which suits throwaway test databases. This is the service's own data: every
                // acknowledged write must survive a crash, so both go back on (a later -c wins over -F).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        requireDurableWrites(postgres);
        log.info("Embedded PostgreSQL {} on port {}, data in {}", firstStart ? "created" : "started",
                postgres.getPort(), directory);
        return postgres;
    }

    /** Refuses to run the service on a database that could lose acknowledged writes in a crash. */
    private static void requireDurableWrites(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery(
                     "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            settings.next();
            if (!"on".equals(settings.getString(1)) || !"on".equals(settings.getString(2))) {
                postgres.close();
                throw new IllegalStateException("The embedded PostgreSQL started with fsync=" + settings.getString(1)
                        + " and synchronous_commit=" + settings.getString(2) + "; both must be on");
            }
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("Could not check the embedded PostgreSQL's durability settings", failed);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("safeguard");
        return dataSource;
    }
}
