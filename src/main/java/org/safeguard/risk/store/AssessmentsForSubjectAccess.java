package org.safeguard.risk.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Risk's part of a subject-access export: each assessment of the person, its level, answers and their own words. */
@Component
class AssessmentsForSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    AssessmentsForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Risk assessments";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> assessments = subject.rows(jdbc, "SELECT id, incident_id, instrument_code, status, started_at, "
                        + "completed_at, assessor_name, yes_count, suggested_level, final_level, judgement_rationale, "
                        + "victim_view FROM risk.assessment WHERE victim_id = ANY(:ids) ORDER BY started_at, id");
        List<List<String>> answers = subject.rows(jdbc, "SELECT a.assessment_id, a.instrument_code, a.question_id, a.answer, "
                        + "a.not_asked_reason FROM risk.answer a JOIN risk.assessment s ON s.id = a.assessment_id "
                        + "WHERE s.victim_id = ANY(:ids) ORDER BY a.assessment_id, a.instrument_code, a.question_id");
        return new Held(List.of(
                new Table("Assessments", List.of("Assessment", "Incident", "Instrument", "Status", "Started", "Completed",
                        "Assessor", "Yes answers", "Suggested level", "Final level", "Judgement rationale",
                        "Victim's own words"), assessments),
                new Table("Answers", List.of("Assessment", "Instrument", "Question", "Answer", "Why not asked"), answers)),
                AuditSubject.firstColumnOf("assessment", assessments));
    }
}
