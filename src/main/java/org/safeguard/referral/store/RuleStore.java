package org.safeguard.referral.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguard.referral.RoutingRulesVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing rules' versions ({@code referral.routing_rules}); the highest is in force. */
@Repository
public class RuleStore {

    private static final String VERSION = "SELECT version, rules_text, note, created_at, created_by FROM referral.routing_rules ";

    private final JdbcClient jdbc;

    public RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RoutingRulesVersion> latest() {
        return jdbc.sql(VERSION + "ORDER BY version DESC LIMIT 1").query((rs, n) -> version(rs)).optional();
    }

    /** Newest first. */
    public List<RoutingRulesVersion> all() {
        return jdbc.sql(VERSION + "ORDER BY version DESC").query((rs, n) -> version(rs)).list();
    }

    /** The first version, unless one exists already (two starts at once load it once). */
    public void insertFirst(String text, String note, Instant at, String by) {
        jdbc.sql("INSERT INTO referral.routing_rules (version, rules_text, note, created_at, created_by) "
                        + "VALUES (1, :text, :note, :at, :by) ON CONFLICT (version) DO NOTHING")
                .param("text", text).param("note", note).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** The next version number, the table locked so two publishers get different numbers. */
    public int insertNext(String text, String note, Instant at, String by) {
        jdbc.sql("LOCK TABLE referral.routing_rules IN SHARE ROW EXCLUSIVE MODE").update();
        return jdbc.sql("INSERT INTO referral.routing_rules (version, rules_text, note, created_at, created_by) "
                        + "SELECT coalesce(max(version), 0) + 1, :text, :note, :at, :by FROM referral.routing_rules "
                        + "RETURNING version")
                .param("text", text).param("note", note).param("at", Timestamp.from(at)).param("by", by)
                .query(Integer.class).single();
    }

    private static RoutingRulesVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RoutingRulesVersion(rs.getInt("version"), rs.getString("rules_text"), rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
