package org.safeguard.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.SecondFactor;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2: the append-only, hash-chained audit log and its verifier, on the real PostgreSQL. */
@SafeguardTest
class AuditLogTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() {
        long seq = audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("TEST_APPEND_ONLY")).seq();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.event SET username = 'someone' WHERE seq = :seq")
                .param("seq", seq).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.event WHERE seq = :seq").param("seq", seq).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.event").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.chain_head SET seq = 1").update())
                .rootCause().hasMessageContaining("forward");
        assertThat(actionAt(seq)).isEqualTo("TEST_APPEND_ONLY");
    }

    @Test
    void anAuditRowCommitsOrRollsBackWithTheWorkItRecords() {
        long before = rowCount();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            audit.record(AuditEvent.of("TEST_WORK_THAT_FAILED"));
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");
        assertThat(rowCount()).isEqualTo(before);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theVerifierFindsARowAlteredByHandInSql() {
        long seq = audit.recordFor(AuditActor.named("officer", "POLICE"),
                AuditEvent.of("PERSON_VIEWED", "person", 42)).seq();
        audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("TEST_LATER_ROW"));
        assertThat(audit.verify().intact()).isTrue();
        asDatabaseOwner("UPDATE audit.event SET username = 'someone-else' WHERE seq = " + seq);
        try {
            AuditVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).contains("altered");
        } finally {
            asDatabaseOwner("UPDATE audit.event SET username = 'officer' WHERE seq = " + seq);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theVerifierFindsARowRemovedByHandInSql() {
        long seq = audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("TEST_TO_BE_REMOVED")).seq();
        audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("TEST_LATER_ROW"));
        jdbc.sql("CREATE TABLE public.removed_audit_row AS SELECT * FROM audit.event WHERE seq = " + seq).update();
        asDatabaseOwner("DELETE FROM audit.event WHERE seq = " + seq);
        try {
            AuditVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).contains("missing");
        } finally {
            jdbc.sql("INSERT INTO audit.event SELECT * FROM public.removed_audit_row").update();
            jdbc.sql("DROP TABLE public.removed_audit_row").update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersStillMakeOneUnbrokenChain() throws Exception {
        long before = headSeq();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.recordFor(AuditActor.SYSTEM, AuditEvent.of("TEST_CONCURRENT"));
                }
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
        assertThat(headSeq()).isEqualTo(before + 100);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theVerificationApiIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(httpBasic("admin", "Demo-Password-2026")).with(SecondFactor.apiCode("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.rowsChecked").isNumber());
        mvc.perform(get("/api/v1/audit/verification").with(httpBasic("analyst", "Demo-Password-2026")).with(SecondFactor.apiCode("analyst")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theAdminPageShowsTheLogAndRecordsThatItWasRead() throws Exception {
        long before = headSeq();
        mvc.perform(get("/admin/audit").param("username", "admin").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Audit log")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE seq > :before AND action = 'AUDIT_LOG_VIEWED' "
                        + "AND username = 'admin'").param("before", before).query(Long.class).single()).isEqualTo(1);
    }

    private void asDatabaseOwner(String sql) {
        // What someone with direct database access could do: switch the guard off, change a row, switch it back.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("ALTER TABLE audit.event DISABLE TRIGGER event_append_only").update();
            jdbc.sql(sql).update();
            jdbc.sql("ALTER TABLE audit.event ENABLE TRIGGER event_append_only").update();
        });
    }

    private long rowCount() {
        return jdbc.sql("SELECT count(*) FROM audit.event").query(Long.class).single();
    }

    private long headSeq() {
        return jdbc.sql("SELECT seq FROM audit.chain_head").query(Long.class).single();
    }

    private String actionAt(long seq) {
        return jdbc.sql("SELECT action FROM audit.event WHERE seq = :seq").param("seq", seq).query(String.class).single();
    }
}
