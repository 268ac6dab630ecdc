package org.safeguard.marac.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARAC's part of a subject-access export: the person's MARAC cases (as victim), the research each agency returned,
 * and the actions agreed. Research about the perpetrator and children is third-party data for the DPO to weigh.
 */
@Component
class MaracForSubjectAccess implements SubjectAccessSection {

    private static final String OF_THE_PERSON = " WHERE case_id IN (SELECT id FROM marac.marac_case "
            + "WHERE victim_id = ANY(:ids))";

    private final JdbcClient jdbc;

    MaracForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "MARAC";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> cases = subject.rows(jdbc, "SELECT id, victim_id, referred_at, referring_agency, risk_level, urgent, "
                + "interim_plan, heard_at, idva_summary, case_minutes, withdrawn_at, withdrawn_reason "
                + "FROM marac.marac_case WHERE victim_id = ANY(:ids) ORDER BY referred_at, id");
        return new Held(List.of(
                new Table("MARAC cases", List.of("MARAC case", "Record", "Referred", "Referring agency", "Risk level",
                        "Urgent", "Interim safety plan", "Heard", "IDVA's account", "Minutes", "Withdrawn",
                        "Why withdrawn"), cases),
                new Table("Research returned", List.of("MARAC case", "Agency", "Holds information", "About the victim",
                        "About children", "About the perpetrator", "Returned by", "Returned at"),
                        subject.rows(jdbc, "SELECT case_id, agency_code, holds_information, about_victim, about_children, "
                                + "about_perpetrator, returned_by, returned_at FROM marac.research" + OF_THE_PERSON
                                + " ORDER BY case_id, agency_code")),
                new Table("Actions", List.of("MARAC case", "Action", "Owning agency", "Owner", "Due", "Done", "Outcome"),
                        subject.rows(jdbc, "SELECT case_id, description, owner_agency, owner, due_on, done_at, outcome FROM marac.action"
                                + OF_THE_PERSON + " ORDER BY case_id, id"))),
                AuditSubject.firstColumnOf("marac-case", cases));
    }

}
