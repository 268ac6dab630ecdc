package org.safeguard.safeguarding.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Safeguarding's part of a subject-access export: the person's cases, SPOC history, contacts, tasks and safety plan. */
@Component
class CasesForSubjectAccess implements SubjectAccessSection {

    private static final String OF_THE_PERSON = " WHERE case_id IN (SELECT id FROM safeguarding.victim_case "
            + "WHERE victim_id = ANY(:ids))";

    private final JdbcClient jdbc;

    CasesForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Safeguarding cases";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> cases = subject.rows(jdbc, "SELECT id, victim_id, opened_at, closed_at, closed_reason, area, spoc_name, "
                + "spoc_team, owning_agency FROM safeguarding.victim_case WHERE victim_id = ANY(:ids) ORDER BY id");
        return new Held(List.of(
                new Table("Cases", List.of("Case", "Record", "Opened", "Closed", "Why closed", "Area", "SPOC", "SPOC's team",
                        "Owning agency"), cases),
                new Table("SPOC history", List.of("Case", "From", "To", "Changed by", "Changed at", "Automatic"),
                        subject.rows(jdbc, "SELECT case_id, from_username, to_name, changed_by, changed_at, automatic "
                                + "FROM safeguarding.spoc_change" + OF_THE_PERSON + " ORDER BY changed_at, id")),
                new Table("Contacts", List.of("Case", "Made by", "Agency", "When", "How", "Purpose", "Outcome"),
                        subject.rows(jdbc, "SELECT case_id, made_by_name, agency, contacted_at, channel, purpose, outcome "
                                + "FROM safeguarding.contact" + OF_THE_PERSON + " ORDER BY contacted_at, id")),
                new Table("Tasks", List.of("Case", "Task", "Owning team", "Due", "Done", "Done by", "Outcome"),
                        subject.rows(jdbc, "SELECT case_id, title, owner_team, due_at, done_at, done_by, outcome "
                                + "FROM safeguarding.task" + OF_THE_PERSON + " ORDER BY created_at, id")),
                new Table("Safety plan", List.of("Case", "Measure", "Detail", "Owner", "Updated by", "Updated at"),
                        subject.rows(jdbc, "SELECT case_id, kind, detail, owner, updated_by, updated_at "
                                + "FROM safeguarding.safety_measure" + OF_THE_PERSON + " ORDER BY id"))),
                AuditSubject.firstColumnOf("case", cases));
    }

}
