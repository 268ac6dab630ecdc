package org.safeguard.risk.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Instrument versions uploaded by an administrator, kept as the text they were uploaded as. */
@Repository
public class InstrumentStore {

    private final JdbcClient jdbc;

    public InstrumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Uploaded(String code, int version, String source, String addedBy, Instant addedAt) {
    }

    public List<Uploaded> all() {
        return jdbc.sql("SELECT code, version, source, added_by, added_at FROM risk.instrument_version ORDER BY code, version")
                .query((rs, n) -> new Uploaded(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    public Optional<Uploaded> find(String code, int version) {
        return jdbc.sql("SELECT code, version, source, added_by, added_at FROM risk.instrument_version "
                        + "WHERE code = :code AND version = :version")
                .param("code", code).param("version", version)
                .query((rs, n) -> new Uploaded(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).optional();
    }

    /** False when that code and version exist already. */
    public boolean insert(String code, int version, String name, String source, String addedBy, Instant addedAt) {
        return jdbc.sql("INSERT INTO risk.instrument_version (code, version, name, source, added_by, added_at) "
                        + "VALUES (:code, :version, :name, :source, :by, :at) ON CONFLICT DO NOTHING")
                .param("code", code).param("version", version).param("name", name).param("source", source)
                .param("by", addedBy).param("at", Timestamp.from(addedAt)).update() == 1;
    }
}
