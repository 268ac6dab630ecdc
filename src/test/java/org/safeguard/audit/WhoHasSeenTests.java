package org.safeguard.audit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 item 5: "who has seen this record", read from the audit log by the record's subject. */
@SafeguardTest
class WhoHasSeenTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TemplateEngine templates;

    @Test
    void whoHasSeenListsAnotherUsersViewOfTheRecordAndNothingOfOtherRecords() {
        String caseId = uniqueId();
        String otherCase = uniqueId();
        audit.recordFor(AuditActor.named("t.viewer.one", "POLICE"), AuditEvent.of("CASE_VIEWED", "case", caseId));
        audit.recordFor(AuditActor.named("t.viewer.two", "IDVA1"),
                AuditEvent.of("BREAK_GLASS_OPENED", "case", caseId).because("Called about a threat tonight"));
        audit.recordFor(AuditActor.named("t.viewer.three", "POLICE"), AuditEvent.of("CASE_VIEWED", "case", otherCase));
        audit.recordFor(AuditActor.named("t.viewer.four", "POLICE"), AuditEvent.of("INCIDENT_VIEWED", "incident", caseId));

        List<RecordView> seen = audit.whoHasSeen("case", List.of(caseId), 50);

        assertThat(seen).extracting(RecordView::username).containsExactly("t.viewer.two", "t.viewer.one");
        assertThat(seen.get(0).actionInWords()).contains("break-glass");
        assertThat(seen.get(0).reason()).isEqualTo("Called about a threat tonight");
        assertThat(seen.get(1).actionInWords()).isEqualTo("Viewed the case");
        assertThat(seen.get(1).agency()).isEqualTo("POLICE");
    }

    @Test
    void aPersonsLinkedRecordsAreReadTogetherAndLookingIsItselfRecorded() {
        String first = uniqueId();
        String second = uniqueId();
        audit.recordFor(AuditActor.named("t.linked.a", "POLICE"), AuditEvent.of("PERSON_VIEWED", "person", first));
        audit.recordFor(AuditActor.named("t.linked.b", "POLICE"), AuditEvent.of("PERSON_VIEWED", "person", second));

        assertThat(audit.whoHasSeen("person", List.of(first, second), 1)).extracting(RecordView::username)
                .containsExactly("t.linked.b");
        assertThat(audit.whoHasSeen("person", List.of(first), 50)).extracting(RecordView::username)
                .containsExactly("t.linked.a");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'RECORD_VIEWERS_VIEWED' "
                        + "AND subject_type = 'person' AND subject_id = :id").param("id", first)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFragmentShowsAReasonAsTextNeverAsMarkup() {
        String caseId = uniqueId();
        audit.recordFor(AuditActor.named("t.viewer.script", "POLICE"),
                AuditEvent.of("ACCESS_REQUESTED", "case", caseId).because("<script>alert(1)</script>"));
        Context context = new Context();
        context.setVariable("rows", audit.whoHasSeen("case", List.of(caseId), 10));

        String html = templates.process("audit/fragments", Set.of("whoHasSeen"), context);

        assertThat(html).contains("Who has seen this record", "t.viewer.script", "Asked for access",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    private static String uniqueId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE));
    }
}
