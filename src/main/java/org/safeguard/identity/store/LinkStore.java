package org.safeguard.identity.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.safeguard.identity.LinkReview;
import org.safeguard.identity.Sex;
import org.safeguard.identity.linkage.Blocking;
import org.safeguard.identity.linkage.Evidence;
import org.safeguard.identity.linkage.LinkRecord;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links, reviews, models, runs and match keys of record linkage. The person a record belongs to is
 * {@code identity.person.person_key}: the smallest id of the records linked together.
 */
@Repository
public class LinkStore {

    /** The advisory lock key of changes to links ("LINK" in ASCII). */
    private static final long LINK_CHANGES_LOCK = 0x4C494E4BL;
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };
    private static final String LINK_COLUMNS = "id, first_id, second_id, how, probability, reasons, linked_by, "
            + "linked_at, unlinked_by, unlinked_at, unlink_reason, version";
    private static final String REVIEW_COLUMNS = "id, first_id, second_id, probability, weight, evidence, model_version, "
            + "proposed_by, proposed_at, decision, decided_by, decided_at, note, version";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    public LinkStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    // --- Who is one person ---

    /** For each record, every record of the same person (itself included). Unknown ids are left out. */
    public Map<Long, Set<Long>> samePerson(Collection<Long> recordIds) {
        Map<Long, Set<Long>> same = new LinkedHashMap<>();
        if (recordIds.isEmpty()) {
            return same;
        }
        jdbc.sql("SELECT p.id AS record, q.id AS member FROM identity.person p "
                        + "JOIN identity.person q ON q.person_key = p.person_key WHERE p.id = ANY(:ids) ORDER BY p.id, q.id")
                .param("ids", ids(recordIds))
                .query(rs -> {
                    same.computeIfAbsent(rs.getLong("record"), k -> new LinkedHashSet<>()).add(rs.getLong("member"));
                });
        return same;
    }

    /** Every record linked to a record with a smaller id, with that person's key (the smallest id among them). */
    public Map<Long, Long> linkedRecordKeys() {
        Map<Long, Long> keys = new HashMap<>();
        jdbc.sql("SELECT id, person_key FROM identity.person WHERE person_key <> id")
                .query(rs -> {
                    keys.put(rs.getLong("id"), rs.getLong("person_key"));
                });
        return keys;
    }

    public Optional<Long> personKey(long recordId) {
        return jdbc.sql("SELECT person_key FROM identity.person WHERE id = :id").param("id", recordId)
                .query(Long.class).optional();
    }

    /** Locks the records' rows (in id order, so two links never wait on each other) and returns their person keys. */
    public Map<Long, Long> lockPersonKeys(long first, long second) {
        Map<Long, Long> keys = new HashMap<>();
        jdbc.sql("SELECT id, person_key FROM identity.person WHERE id IN (:a, :b) ORDER BY id FOR UPDATE")
                .param("a", first).param("b", second)
                .query(rs -> {
                    keys.put(rs.getLong("id"), rs.getLong("person_key"));
                });
        return keys;
    }

    public List<Long> members(long personKey) {
        return jdbc.sql("SELECT id FROM identity.person WHERE person_key = :key ORDER BY id").param("key", personKey)
                .query(Long.class).list();
    }

    /** Joins two people: every record of either now belongs to the smaller key. */
    public void joinPeople(long keyA, long keyB) {
        jdbc.sql("UPDATE identity.person SET person_key = :to WHERE person_key IN (:a, :b) AND person_key <> :to")
                .param("to", Math.min(keyA, keyB)).param("a", keyA).param("b", keyB).update();
    }

    /** Sets each record's person key (after an unlink splits a person). */
    public void setPersonKeys(Map<Long, Long> keyOfRecord) {
        keyOfRecord.forEach((record, key) -> jdbc.sql("UPDATE identity.person SET person_key = :key WHERE id = :id AND person_key <> :key")
                .param("key", key).param("id", record).update());
    }

    /** Live links among these records, as pairs. */
    public List<long[]> liveLinksAmong(Collection<Long> recordIds) {
        return jdbc.sql("SELECT first_id, second_id FROM identity.person_link WHERE unlinked_at IS NULL "
                        + "AND first_id = ANY(:ids) AND second_id = ANY(:ids)")
                .param("ids", ids(recordIds))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /**
     * True when some record of one side was judged a different person from some record of the other:
     * by a reviewer, or by someone undoing a link between them.
     */
    public boolean judgedDifferent(Collection<Long> side, Collection<Long> otherSide) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.link_review WHERE decision = 'DIFFERENT' "
                        + "AND ((first_id = ANY(:a) AND second_id = ANY(:b)) OR (first_id = ANY(:b) AND second_id = ANY(:a)))) "
                        + "OR EXISTS (SELECT 1 FROM identity.person_link WHERE unlinked_at IS NOT NULL "
                        + "AND ((first_id = ANY(:a) AND second_id = ANY(:b)) OR (first_id = ANY(:b) AND second_id = ANY(:a))))")
                .param("a", ids(side)).param("b", ids(otherSide)).query(Boolean.class).single();
    }

    // --- Links ---

    public record LinkRow(long id, long firstId, long secondId, String how, Double probability, String reasons,
                          String linkedBy, Instant linkedAt, String unlinkedBy, Instant unlinkedAt, String unlinkReason,
                          int version) {
    }

    public long insertLink(long first, long second, String how, Double probability, Double weight, String reasons,
                           Integer modelVersion, String linkedBy) {
        return jdbc.sql("INSERT INTO identity.person_link (first_id, second_id, how, probability, weight, reasons, "
                        + "model_version, linked_by) VALUES (:first, :second, :how, :probability, :weight, :reasons, "
                        + ":model, :by) RETURNING id")
                .param("first", Math.min(first, second)).param("second", Math.max(first, second)).param("how", how)
                .param("probability", probability).param("weight", weight).param("reasons", cut(reasons, 1000))
                .param("model", modelVersion).param("by", linkedBy)
                .query(Long.class).single();
    }

    public Optional<LinkRow> link(long linkId) {
        return jdbc.sql("SELECT " + LINK_COLUMNS + " FROM identity.person_link WHERE id = :id").param("id", linkId)
                .query(LinkStore::linkRow).optional();
    }

    /** Every link touching any of the records, oldest first. */
    public List<LinkRow> linksOf(Collection<Long> recordIds) {
        return jdbc.sql("SELECT " + LINK_COLUMNS + " FROM identity.person_link "
                        + "WHERE first_id = ANY(:ids) OR second_id = ANY(:ids) ORDER BY linked_at, id")
                .param("ids", ids(recordIds)).query(LinkStore::linkRow).list();
    }

    /** Marks a live link undone; false when it was already undone or its version moved on. */
    public boolean markUnlinked(long linkId, int version, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE identity.person_link SET unlinked_by = :by, unlinked_at = :at, unlink_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND unlinked_at IS NULL")
                .param("by", by).param("at", Timestamp.from(at)).param("reason", cut(reason, 1000)).param("id", linkId)
                .param("version", version).update() == 1;
    }

    // --- Reviews ---

    /** Proposes a pair for review; nothing when the pair was proposed before (open or decided). */
    public boolean propose(MatchScore score, String proposedBy) {
        return jdbc.sql("INSERT INTO identity.link_review (first_id, second_id, probability, weight, evidence, "
                        + "model_version, proposed_by) VALUES (:first, :second, :probability, :weight, :evidence, :model, :by) "
                        + "ON CONFLICT (first_id, second_id) DO NOTHING")
                .param("first", Math.min(score.firstId(), score.secondId()))
                .param("second", Math.max(score.firstId(), score.secondId()))
                .param("probability", score.probability()).param("weight", score.weight())
                .param("evidence", json.writeValueAsString(score.evidence()))
                .param("model", score.modelVersion() == 0 ? null : score.modelVersion()).param("by", proposedBy)
                .update() == 1;
    }

    public record ReviewRow(long id, long firstId, long secondId, double probability, double weight,
                            List<Evidence> evidence, Integer modelVersion, String proposedBy, Instant proposedAt,
                            LinkReview.Judgement decision, String decidedBy, Instant decidedAt, String note, int version) {
    }

    public List<ReviewRow> openReviews(int limit) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM identity.link_review WHERE decision IS NULL "
                        + "ORDER BY probability DESC, id LIMIT :limit")
                .param("limit", limit).query(this::reviewRow).list();
    }

    public int countOpenReviews() {
        return jdbc.sql("SELECT count(*) FROM identity.link_review WHERE decision IS NULL").query(Integer.class).single();
    }

    public Optional<ReviewRow> review(long id) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM identity.link_review WHERE id = :id").param("id", id)
                .query(this::reviewRow).optional();
    }

    /** Records a decision on an open review at this version; false when decided already or changed. */
    public boolean decide(long id, int version, LinkReview.Judgement decision, String by, String note, Instant at) {
        return jdbc.sql("UPDATE identity.link_review SET decision = :decision, decided_by = :by, decided_at = :at, "
                        + "note = :note, version = version + 1 WHERE id = :id AND version = :version AND decision IS NULL")
                .param("decision", decision.name()).param("by", by).param("at", Timestamp.from(at))
                .param("note", cut(note, 1000)).param("id", id).param("version", version).update() == 1;
    }

    // --- Models ---

    public int insertModel(String parameters, int recordCount, String trainedBy) {
        return jdbc.sql("INSERT INTO identity.linkage_model (trained_by, record_count, parameters) "
                        + "VALUES (:by, :count, :parameters) RETURNING version")
                .param("by", trainedBy).param("count", recordCount).param("parameters", parameters)
                .query(Integer.class).single();
    }

    public Optional<String> model(int version) {
        return jdbc.sql("SELECT parameters FROM identity.linkage_model WHERE version = :version")
                .param("version", version).query(String.class).optional();
    }

    /** The newest model's version. */
    public Optional<Integer> latestModelVersion() {
        return jdbc.sql("SELECT max(version) FROM identity.linkage_model").query(Integer.class).optional()
                .filter(v -> v != null);
    }

    /**
     * Serialises every change to who is one person (links, unlinks, decisions) until the transaction
     * ends, so the checks made before a change (judged different? already one person?) still hold when
     * it is made, and two changes never interleave their person keys. Links are rare: one lock is enough.
     */
    public void lockLinkChanges() {
        jdbc.sql("SELECT pg_advisory_xact_lock(" + LINK_CHANGES_LOCK + ")").query(Object.class).optional();
    }

    /** As {@link #lockLinkChanges()}, giving up after about {@code wait}; true when the lock is held. */
    public boolean tryLockLinkChanges(java.time.Duration wait) {
        long giveUpAt = System.nanoTime() + wait.toNanos();
        while (true) {
            if (jdbc.sql("SELECT pg_try_advisory_xact_lock(" + LINK_CHANGES_LOCK + ")").query(Boolean.class).single()) {
                return true;
            }
            if (System.nanoTime() > giveUpAt) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    // --- Runs ---

    public record RunRow(long id, int modelVersion, int partitions, int records) {
    }

    public Optional<RunRow> unfinishedRun() {
        return jdbc.sql("SELECT id, model_version, partitions, records FROM identity.linkage_run "
                        + "WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new RunRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).optional();
    }

    public long insertRun(int modelVersion, int partitions, int records, String startedBy) {
        return jdbc.sql("INSERT INTO identity.linkage_run (model_version, partitions, records, started_by) "
                        + "VALUES (:model, :partitions, :records, :by) RETURNING id")
                .param("model", modelVersion).param("partitions", partitions).param("records", records)
                .param("by", startedBy).query(Long.class).single();
    }

    /** Takes the partition for this transaction; false when another node has it or it is done. */
    public boolean claimPartition(long runId, int partition) {
        boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:run, :partition)")
                .param("run", (int) runId).param("partition", partition).query(Boolean.class).single();
        return locked && jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM identity.linkage_run_partition "
                        + "WHERE run_id = :run AND partition = :partition)")
                .param("run", runId).param("partition", partition).query(Boolean.class).single();
    }

    public Set<Integer> donePartitions(long runId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT partition FROM identity.linkage_run_partition WHERE run_id = :run")
                .param("run", runId).query(Integer.class).list());
    }

    public void partitionDone(long runId, int partition, long pairs, int linked, int queued) {
        jdbc.sql("INSERT INTO identity.linkage_run_partition (run_id, partition, pairs, linked, queued) "
                        + "VALUES (:run, :partition, :pairs, :linked, :queued)")
                .param("run", runId).param("partition", partition).param("pairs", pairs).param("linked", linked)
                .param("queued", queued).update();
    }

    /** Totals of a run's saved partitions: pairs, linked, queued. */
    public long[] runTotals(long runId) {
        return jdbc.sql("SELECT coalesce(sum(pairs), 0), coalesce(sum(linked), 0), coalesce(sum(queued), 0) "
                        + "FROM identity.linkage_run_partition WHERE run_id = :run")
                .param("run", runId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** Marks the run finished if every partition is saved; false otherwise. */
    public boolean finishRunIfComplete(long runId) {
        return jdbc.sql("UPDATE identity.linkage_run r SET finished_at = now() WHERE id = :run AND finished_at IS NULL "
                        + "AND (SELECT count(*) FROM identity.linkage_run_partition p WHERE p.run_id = r.id) = r.partitions")
                .param("run", runId).update() == 1;
    }

    // --- Records as linkage sees them, and their match keys ---

    /** The records with these ids as linkage compares them. */
    public List<LinkRecord> linkRecords(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        List<LinkRecord> records = new ArrayList<>();
        streamLinkRecords("p.id = ANY(:ids)", Map.of("ids", ids(recordIds)), records::add);
        return records;
    }

    /** Every person record as linkage compares them, in id order, one at a time. */
    public void everyLinkRecord(Consumer<LinkRecord> each) {
        streamLinkRecords("TRUE", Map.of(), each);
    }

    private void streamLinkRecords(String where, Map<String, Object> params, Consumer<LinkRecord> each) {
        // The current address is the one lived at most recently (no end date, latest start); the others are previous.
        // A refuge or sanctuary address is left out: a record must never be found, nor a match explained, by where
        // the refuge is.
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.sex, "
                + "(SELECT array_agg(DISTINCT ph.number) FROM identity.phone ph WHERE ph.person_id = p.id) AS phones, "
                + "(SELECT array_agg(coalesce('UPRN:' || a.uprn, a.normalised || '|' || a.postcode) || '|' || a.postcode "
                + "        ORDER BY pa.to_date IS NULL DESC, pa.from_date DESC NULLS LAST, a.id DESC) "
                + "   FROM identity.person_address pa JOIN identity.address a ON a.id = pa.address_id "
                + "  WHERE pa.person_id = p.id AND pa.confidential_kind IS NULL) AS addresses "
                + "FROM identity.person p WHERE " + where + " ORDER BY p.id");
        for (Map.Entry<String, Object> param : params.entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        spec.query(rs -> {
            each.accept(linkRecord(rs));
        });
    }

    private static LinkRecord linkRecord(ResultSet rs) throws SQLException {
        List<String> addresses = strings(rs.getArray("addresses"));
        String current = null;
        String postcode = null;
        List<String> previous = new ArrayList<>();
        for (String stored : addresses) {
            int bar = stored.lastIndexOf('|');
            String address = stored.substring(0, bar);
            if (current == null) {
                current = address;
                postcode = stored.substring(bar + 1);
            } else if (!address.equals(current)) {
                previous.add(address);
            }
        }
        return new LinkRecord(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                LinkRecord.birthDate(rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate()),
                Sex.valueOf(rs.getString("sex")), current, postcode, previous, strings(rs.getArray("phones")), List.of());
    }

    /** Replaces the match keys of these records. */
    public void replaceMatchKeys(Collection<LinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM identity.person_match_key WHERE person_id = ANY(:ids)")
                .param("ids", records.stream().mapToLong(LinkRecord::id).toArray()).update();
        CopyRows rows = new CopyRows();
        for (LinkRecord record : records) {
            for (String key : new LinkedHashSet<>(Blocking.keysOf(record))) {
                rows.value(cut(key, 120)).value(record.id()).endRow();
            }
        }
        rows.copyInto(dataSource, "COPY identity.person_match_key (key, person_id) FROM STDIN");
    }

    /**
     * Replaces the match keys of these records, a slice at a time (a batch run over the whole index):
     * records made meanwhile keep theirs.
     */
    public void replaceMatchKeysInSlices(List<LinkRecord> records, int slice) {
        for (int from = 0; from < records.size(); from += slice) {
            replaceMatchKeys(records.subList(from, Math.min(records.size(), from + slice)));
        }
    }

    /** Record ids sharing any of the keys, those sharing most first. */
    public List<Long> sharingKeys(Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // A key shared by more records than a block holds (a hostel's phone, the commonest name in a year)
        // is left out, as blocking leaves it out: each key reads at most one block's worth of rows.
        return jdbc.sql("SELECT m.person_id FROM unnest(CAST(:keys AS text[])) AS k(key) "
                        + "CROSS JOIN LATERAL (SELECT person_id, count(*) OVER () AS shared FROM "
                        + "  (SELECT person_id FROM identity.person_match_key WHERE key = k.key LIMIT :block) b) m "
                        + "WHERE m.shared <= :maxBlock "
                        + "GROUP BY m.person_id ORDER BY count(*) DESC, m.person_id DESC LIMIT :limit")
                .param("keys", keys.toArray(String[]::new)).param("block", Blocking.MAX_BLOCK + 1)
                .param("maxBlock", Blocking.MAX_BLOCK).param("limit", limit).query(Long.class).list();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).filter(v -> v != null).map(Object::toString).toList();
    }

    private ReviewRow reviewRow(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        String decision = rs.getString("decision");
        int model = rs.getInt("model_version");
        Integer modelVersion = rs.wasNull() ? null : model;
        return new ReviewRow(rs.getLong("id"), rs.getLong("first_id"), rs.getLong("second_id"),
                rs.getDouble("probability"), rs.getDouble("weight"), json.readValue(rs.getString("evidence"), EVIDENCE),
                modelVersion, rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                decision == null ? null : LinkReview.Judgement.valueOf(decision), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("note"), rs.getInt("version"));
    }

    private static LinkRow linkRow(ResultSet rs, int n) throws SQLException {
        Timestamp unlinkedAt = rs.getTimestamp("unlinked_at");
        double probability = rs.getDouble("probability");
        boolean noProbability = rs.wasNull();
        return new LinkRow(rs.getLong("id"), rs.getLong("first_id"), rs.getLong("second_id"), rs.getString("how"),
                noProbability ? null : probability, rs.getString("reasons"), rs.getString("linked_by"),
                rs.getTimestamp("linked_at").toInstant(), rs.getString("unlinked_by"),
                unlinkedAt == null ? null : unlinkedAt.toInstant(), rs.getString("unlink_reason"), rs.getInt("version"));
    }

    private static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
