package org.safeguard.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param port          the port the embedded PostgreSQL listens on; 0 picks a free one at each start
 * @param sharedBuffers PostgreSQL's shared_buffers, e.g. {@code 256MB} (the default) or {@code 1GB} for a
 *                      national-scale database; about a quarter of the machine's memory is usual
 */
@ConfigurationProperties("safeguard.embedded-database")
record EmbeddedDatabaseProperties(int port, @DefaultValue("256MB") String sharedBuffers) {

    EmbeddedDatabaseProperties {
        if (sharedBuffers == null || !sharedBuffers.strip().matches("\\d{1,6}(kB|MB|GB)")) {
            throw new IllegalStateException("safeguard.embedded-database.shared-buffers must be a size like 256MB or 1GB, not "
                    + sharedBuffers);
        }
        sharedBuffers = sharedBuffers.strip();
    }
}
