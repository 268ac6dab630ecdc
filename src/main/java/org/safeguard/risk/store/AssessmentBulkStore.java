package org.safeguard.risk.store;

import java.util.List;
import javax.sql.DataSource;
import org.safeguard.platform.CopyRows;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.MaracCriterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completed assessments and their answers written with COPY, on the connection of the current transaction. */
@Repository
public class AssessmentBulkStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public AssessmentBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** An imported assessment with its score worked out. */
    public record Row(ImportedAssessment imported, List<String> supplements, AssessmentStore.Completion completion) {
    }

    public long[] copy(List<Row> rows, String owningAgency) {
        long[] ids = jdbc.sql("SELECT nextval('risk.assessment_id_seq') FROM generate_series(1, :count)")
                .param("count", rows.size()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        CopyRows assessments = new CopyRows();
        CopyRows answers = new CopyRows();
        for (int n = 0; n < rows.size(); n++) {
            ImportedAssessment a = rows.get(n).imported();
            AssessmentStore.Completion c = rows.get(n).completion();
            assessments.value(ids[n]).value(a.incidentId()).value(a.victimId()).value(a.victimName())
                    .value(a.instrumentCode()).value(a.instrumentVersion()).value(String.join(",", rows.get(n).supplements()))
                    .value("COMPLETED").value(a.victimView()).value(a.assessor()).value(a.assessorName())
                    .value(a.assessorTeam()).value(a.completedAt().minusSeconds(1200)).value(a.completedAt())
                    .value(a.completedAt()).value(c.yesCount()).value(c.asked()).value(c.questions()).value(c.allAsked())
                    .value(c.supplementYes()).value(c.suggested().name()).value(c.finalLevel().name()).value(c.rationale())
                    .value(c.criteria().contains(MaracCriterion.VISIBLE_HIGH_RISK))
                    .value(c.criteria().contains(MaracCriterion.PROFESSIONAL_JUDGEMENT))
                    .value(c.criteria().contains(MaracCriterion.POTENTIAL_ESCALATION)).value(c.callOuts())
                    .value(owningAgency).endRow();
            for (Assessment.GivenAnswer answer : a.answers()) {
                answers.value(ids[n]).value(answer.instrumentCode()).value(answer.questionId())
                        .value(answer.answer().name()).value(answer.notAskedReason()).endRow();
            }
        }
        assessments.copyInto(dataSource, "COPY risk.assessment (id, incident_id, victim_id, victim_name, instrument_code, "
                + "instrument_version, supplements, status, victim_view, assessor, assessor_name, assessor_team, "
                + "started_at, updated_at, completed_at, yes_count, questions_asked, questions_total, all_asked, "
                + "supplement_yes, suggested_level, final_level, judgement_rationale, visible_high_risk, "
                + "professional_judgement, potential_escalation, call_outs_in_window, owning_agency) FROM STDIN");
        answers.copyInto(dataSource, "COPY risk.answer (assessment_id, instrument_code, question_id, answer, "
                + "not_asked_reason) FROM STDIN");
        return ids;
    }
}
