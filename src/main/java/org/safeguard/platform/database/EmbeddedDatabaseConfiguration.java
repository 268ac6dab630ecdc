package org.safeguard.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("locale", "C.UTF-8");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL {} on port {}, data in {}", firstStart ? "created" : "started",
                postgres.getPort(), directory);
        return postgres;
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
