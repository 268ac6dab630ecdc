package org.safeguard.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param port the port the embedded PostgreSQL listens on; 0 picks a free one at each start
 */
@ConfigurationProperties("safeguard.embedded-database")
record EmbeddedDatabaseProperties(int port) {
}
