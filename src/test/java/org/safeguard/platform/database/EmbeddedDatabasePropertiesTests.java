package org.safeguard.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The embedded database's memory is a setting; a value PostgreSQL would not understand stops start-up with the key named. */
class EmbeddedDatabasePropertiesTests {

    @Test
    void sharedBuffersAcceptsPostgresSizes() {
        assertThat(new EmbeddedDatabaseProperties(0, " 1GB ").sharedBuffers()).isEqualTo("1GB");
        assertThat(new EmbeddedDatabaseProperties(0, "256MB").sharedBuffers()).isEqualTo("256MB");
    }

    @Test
    void sharedBuffersRefusesAnythingElseNamingTheKey() {
        assertThatThrownBy(() -> new EmbeddedDatabaseProperties(0, "lots"))
                .hasMessageContaining("safeguard.embedded-database.shared-buffers");
        assertThatThrownBy(() -> new EmbeddedDatabaseProperties(0, "1GB -c fsync=off"))
                .hasMessageContaining("safeguard.embedded-database.shared-buffers");
    }
}
