package org.safeguard.offender.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.offender.OrderKind;
import org.safeguard.offender.ProtectiveOrder.Breach;
import org.safeguard.offender.ProtectiveOrder.Condition;
import org.safeguard.offender.ProtectiveOrder.ConditionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and bail, their conditions and breaches ({@code offender.protective_order}, {@code order_condition}, {@code order_breach}). */
@Repository
public class OrderStore {

    private static final String ORDER = "SELECT id, kind, perpetrator_id, protected_id, incident_id, incident_reference, "
            + "reference, starts_at, ends_at, ended_early_at, ended_early_reason, recorded_by, version "
            + "FROM offender.protective_order ";
    /** Serialises the orders recorded against one person (advisory lock namespace, then the person key). */
    private static final int PERPETRATOR_LOCK = 0x4f524452;

    private final JdbcClient jdbc;

    public OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as stored, without names, conditions or breaches. */
    public record StoredOrder(long id, OrderKind kind, long perpetratorId, Long protectedId, Long incidentId,
                              String incidentReference, String reference, Instant startsAt, Instant endsAt,
                              Instant endedEarlyAt, String endedEarlyReason, String recordedBy, int version) {

        /** When it stops protecting: its end, or the earlier day it was ended. */
        public Instant lastsUntil() {
            return endedEarlyAt != null && endedEarlyAt.isBefore(endsAt) ? endedEarlyAt : endsAt;
        }
    }

    /** The row to insert. */
    public record NewRow(OrderKind kind, long perpetratorId, Long protectedId, Long incidentId, String incidentReference,
                         String reference, Instant startsAt, Instant endsAt, String recordedBy, Instant recordedAt) {
    }

    /**
     * Holds the transaction-scoped lock on the person (by their person key) the order is against, so two clerks
     * recording orders against the same person check for overlaps one after the other.
     */
    public void lockPerpetrator(long personKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:namespace, :key)").param("namespace", PERPETRATOR_LOCK)
                .param("key", (int) (personKey ^ (personKey >>> 32))).query((rs, n) -> 1).list();
    }

    public long insert(NewRow row, List<Condition> conditions) {
        long id = jdbc.sql("INSERT INTO offender.protective_order (kind, perpetrator_id, protected_id, incident_id, "
                        + "incident_reference, reference, starts_at, ends_at, recorded_by, recorded_at) VALUES (:kind, "
                        + ":perpetrator, :protected, :incident, :incidentReference, :reference, :starts, :ends, :by, :at) "
                        + "RETURNING id")
                .param("kind", row.kind().name()).param("perpetrator", row.perpetratorId())
                .param("protected", row.protectedId()).param("incident", row.incidentId())
                .param("incidentReference", row.incidentReference()).param("reference", row.reference())
                .param("starts", Timestamp.from(row.startsAt())).param("ends", Timestamp.from(row.endsAt()))
                .param("by", row.recordedBy()).param("at", Timestamp.from(row.recordedAt()))
                .query(Long.class).single();
        for (int position = 0; position < conditions.size(); position++) {
            Condition condition = conditions.get(position);
            jdbc.sql("INSERT INTO offender.order_condition (order_id, position, kind, detail) VALUES (:order, :position, :kind, :detail)")
                    .param("order", id).param("position", position).param("kind", condition.kind().name())
                    .param("detail", condition.detail()).update();
        }
        return id;
    }

    public Optional<StoredOrder> find(long id) {
        return jdbc.sql(ORDER + "WHERE id = :id").param("id", id).query(OrderStore::order).optional();
    }

    /** The order locked for a change (SELECT … FOR UPDATE), so a breach and an early end queue rather than interleave. */
    public Optional<StoredOrder> lock(long id) {
        return jdbc.sql(ORDER + "WHERE id = :id FOR UPDATE").param("id", id).query(OrderStore::order).optional();
    }

    /** Orders against any of these person records, latest end first. */
    public List<StoredOrder> against(Collection<Long> perpetratorIds) {
        return jdbc.sql(ORDER + "WHERE perpetrator_id = ANY(:ids) ORDER BY ends_at DESC, id DESC LIMIT 500")
                .param("ids", ids(perpetratorIds)).query(OrderStore::order).list();
    }

    /** Orders protecting any of these person records, latest end first. */
    public List<StoredOrder> protecting(Collection<Long> protectedIds) {
        return jdbc.sql(ORDER + "WHERE protected_id = ANY(:ids) ORDER BY ends_at DESC, id DESC LIMIT 500")
                .param("ids", ids(protectedIds)).query(OrderStore::order).list();
    }

    /** Orders of the kind against any of the first records protecting any of the second, oldest first. */
    public List<StoredOrder> sameKindBetween(OrderKind kind, Collection<Long> perpetratorIds, Collection<Long> protectedIds) {
        return jdbc.sql(ORDER + "WHERE kind = :kind AND perpetrator_id = ANY(:perpetrators) AND protected_id = ANY(:protected) "
                        + "ORDER BY starts_at, id")
                .param("kind", kind.name()).param("perpetrators", ids(perpetratorIds)).param("protected", ids(protectedIds))
                .query(OrderStore::order).list();
    }

    /** Orders not ended early whose end falls in [from, to), soonest first. */
    public List<StoredOrder> ending(Instant from, Instant to, int limit) {
        return jdbc.sql(ORDER + "WHERE ended_early_at IS NULL AND ends_at >= :from AND ends_at < :to ORDER BY ends_at, id LIMIT :limit")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(OrderStore::order).list();
    }

    /**
     * Live orders ending in (now, until] that have not been announced, locked for this transaction; rows another
     * node holds are skipped (FOR UPDATE SKIP LOCKED), so each is announced by one node once.
     */
    public List<StoredOrder> claimEnding(Instant now, Instant until, int limit) {
        return jdbc.sql(ORDER + "WHERE expiry_notified_at IS NULL AND ended_early_at IS NULL AND starts_at <= :now "
                        + "AND ends_at > :now AND ends_at <= :until ORDER BY ends_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until)).param("limit", limit)
                .query(OrderStore::order).list();
    }

    public void markAnnounced(long id, Instant at) {
        jdbc.sql("UPDATE offender.protective_order SET expiry_notified_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Ends the order now, on the version the user saw; false when that version is stale. */
    public boolean endEarly(long id, int version, Instant at, String reason) {
        return jdbc.sql("UPDATE offender.protective_order SET ended_early_at = :at, ended_early_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND ended_early_at IS NULL")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Adds the breach; false when one is already recorded for that incident and order. */
    public boolean insertBreach(long orderId, long incidentId, String incidentReference, Instant occurredAt, String detail,
                                String by, Instant at) {
        return jdbc.sql("INSERT INTO offender.order_breach (order_id, incident_id, incident_reference, occurred_at, detail, "
                        + "recorded_by, recorded_at) VALUES (:order, :incident, :reference, :occurred, :detail, :by, :at) "
                        + "ON CONFLICT (order_id, incident_id) DO NOTHING")
                .param("order", orderId).param("incident", incidentId).param("reference", incidentReference)
                .param("occurred", Timestamp.from(occurredAt)).param("detail", detail).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Each order's conditions in the order they were given. */
    public Map<Long, List<Condition>> conditions(Collection<Long> orderIds) {
        Map<Long, List<Condition>> found = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT order_id, kind, detail FROM offender.order_condition WHERE order_id = ANY(:ids) ORDER BY order_id, position")
                .param("ids", ids(orderIds)).query(rs -> {
                    found.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                            .add(new Condition(ConditionKind.valueOf(rs.getString("kind")), rs.getString("detail")));
                });
        return found;
    }

    /** Each order's breaches, earliest first. */
    public Map<Long, List<Breach>> breaches(Collection<Long> orderIds) {
        Map<Long, List<Breach>> found = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, order_id, incident_id, incident_reference, occurred_at, detail, recorded_by "
                        + "FROM offender.order_breach WHERE order_id = ANY(:ids) ORDER BY occurred_at, id")
                .param("ids", ids(orderIds)).query(rs -> {
                    found.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                            .add(new Breach(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("incident_reference"),
                                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("detail"),
                                    rs.getString("recorded_by")));
                });
        return found;
    }

    private static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static StoredOrder order(ResultSet rs, int row) throws SQLException {
        Timestamp endedEarly = rs.getTimestamp("ended_early_at");
        return new StoredOrder(rs.getLong("id"), OrderKind.valueOf(rs.getString("kind")), rs.getLong("perpetrator_id"),
                rs.getObject("protected_id", Long.class), rs.getObject("incident_id", Long.class),
                rs.getString("incident_reference"), rs.getString("reference"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), endedEarly == null ? null : endedEarly.toInstant(),
                rs.getString("ended_early_reason"), rs.getString("recorded_by"), rs.getInt("version"));
    }
}
