package org.safeguard.offender.store;

import java.util.List;
import java.util.stream.Stream;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offender's part of a subject-access export: orders naming the person (as perpetrator or protected), their
 * conditions and breaches, custody events, and perpetrator programmes with their reviews.
 */
@Component
class OffendingForSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    OffendingForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Orders, custody and programmes";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> orders = subject.rows(jdbc, "SELECT id, kind, reference, CASE WHEN perpetrator_id = ANY(:ids) "
                + "THEN 'Subject of the order' ELSE 'Protected by the order' END, starts_at, ends_at, ended_early_at, "
                + "ended_early_reason, recorded_by FROM offender.protective_order "
                + "WHERE perpetrator_id = ANY(:ids) OR protected_id = ANY(:ids) ORDER BY starts_at, id");
        String ofTheOrders = "order_id IN (SELECT id FROM offender.protective_order "
                + "WHERE perpetrator_id = ANY(:ids) OR protected_id = ANY(:ids))";
        List<List<String>> programmes = subject.rows(jdbc, "SELECT id, person_id, programme, referred_at, referred_by, risk, "
                + "assessment_notes, pathway_reason, closed_at, closed_reason FROM offender.programme_referral "
                + "WHERE person_id = ANY(:ids) ORDER BY referred_at, id");
        List<List<String>> custody = subject.rows(jdbc, "SELECT id, person_id, decision, decided_at, detail, reference "
                + "FROM offender.custody_event WHERE person_id = ANY(:ids) ORDER BY decided_at, id");
        return new Held(List.of(
                new Table("Orders", List.of("Order", "Kind", "Reference", "The person is", "Starts", "Ends", "Ended early",
                        "Why ended early", "Recorded by"), orders),
                new Table("Order conditions", List.of("Order", "Condition", "Detail"),
                        subject.rows(jdbc, "SELECT order_id, kind, detail FROM offender.order_condition WHERE " + ofTheOrders
                                + " ORDER BY order_id, position")),
                new Table("Order breaches", List.of("Order", "When", "Detail", "Recorded by"),
                        subject.rows(jdbc, "SELECT order_id, occurred_at, detail, recorded_by FROM offender.order_breach WHERE "
                                + ofTheOrders + " ORDER BY occurred_at, id")),
                new Table("Custody events", List.of("Event", "Record", "Decision", "When", "Detail", "Reference"), custody),
                new Table("Programme referrals", List.of("Referral", "Record", "Programme", "Referred", "Referred by",
                        "Risk", "Assessment notes", "Pathway reason", "Closed", "Why closed"), programmes),
                new Table("Programme reviews", List.of("Referral", "Why", "Due", "Done", "Done by", "Outcome"),
                        subject.rows(jdbc, "SELECT referral_id, reason, due_at, done_at, done_by, outcome FROM offender.programme_review "
                                + "WHERE referral_id IN (SELECT id FROM offender.programme_referral "
                                + "WHERE person_id = ANY(:ids)) ORDER BY due_at, id"))),
                Stream.of(AuditSubject.firstColumnOf("order", orders), AuditSubject.firstColumnOf("custody_event", custody),
                                AuditSubject.firstColumnOf("programme_referral", programmes))
                        .flatMap(List::stream).toList());
    }
}
