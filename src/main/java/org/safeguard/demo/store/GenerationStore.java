package org.safeguard.demo.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which seeds have been generated, and which person records belong to which real person. */
@Repository
public class GenerationStore {

    private final JdbcClient jdbc;

    public GenerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Boolean> runFinished(long seed) {
        return jdbc.sql("SELECT finished_at IS NOT NULL FROM demo.generation_run WHERE seed = :seed")
                .param("seed", seed).query(Boolean.class).optional();
    }

    public void startRun(long seed, long people) {
        jdbc.sql("INSERT INTO demo.generation_run (seed, people) VALUES (:seed, :people)")
                .param("seed", seed).param("people", people).update();
    }

    public void finishRun(long seed, long records) {
        jdbc.sql("UPDATE demo.generation_run SET finished_at = now(), records = :records WHERE seed = :seed")
                .param("seed", seed).param("records", records).update();
    }

    public long peopleGenerated() {
        return jdbc.sql("SELECT coalesce(sum(people), 0) FROM demo.generation_run WHERE finished_at IS NOT NULL")
                .query(Long.class).single();
    }

    public long nextUnusedSeed() {
        return jdbc.sql("SELECT coalesce(max(seed), 0) + 1 FROM demo.generation_run").query(Long.class).single();
    }

    public void recordTruth(long[] personIds, List<String> realPersonKeys) {
        jdbc.sql("INSERT INTO demo.person_truth (person_id, real_person_key) "
                        + "SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:keys AS text[]))")
                .param("ids", personIds)
                .param("keys", realPersonKeys.toArray(String[]::new))
                .update();
    }
}
