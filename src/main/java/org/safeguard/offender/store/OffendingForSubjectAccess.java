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
        List<List<String>> orders = rows("SELECT id, kind, reference, CASE WHEN perpetrator_id = ANY(:ids) "
                + "THEN 'Subject of the order' ELSE 'Protected by the order' END, starts_at, ends_at, ended_early_at, "
                + "ended_early_reason, recorded_by FROM offender.protective_order "
                + "WHERE perpetrator_id = ANY(:ids) OR protected_id = ANY(:ids) ORDER BY starts_at, id", subject);
        String ofTheOrders = "order_id IN (SELECT id FROM offender.protective_order "
                + "WHERE perpetrator_id = ANY(:ids) OR protected_id = ANY(:ids))";
        List<List<String>> programmes = rows("SELECT id, person_id, programme, referred_at, referred_by, risk, "
                + "assessment_notes, pathway_reason, closed_at, closed_reason FROM offender.programme_referral "
                + "WHERE person_id = ANY(:ids) ORDER BY referred_at, id", subject);
        List<List<String>> custody = rows("SELECT id, person_id, decision, decided_at, detail, reference "
                + "FROM offender.custody_event WHERE person_id = ANY(:ids) ORDER BY decided_at, id", subject);
        return new Held(List.of(
                new Table("Orders", List.of("Order", "Kind", "Reference", "The person is", "Starts", "Ends", "Ended early",
                        "Why ended early", "Recorded by"), orders),
                new Table("Order conditions", List.of("Order", "Condition", "Detail"),
                        rows("SELECT order_id, kind, detail FROM offender.order_condition WHERE " + ofTheOrders
                                + " ORDER BY order_id, position", subject)),
                new Table("Order breaches", List.of("Order", "When", "Detail", "Recorded by"),
                        rows("SELECT order_id, occurred_at, detail, recorded_by FROM offender.order_breach WHERE "
                                + ofTheOrders + " ORDER BY occurred_at, id", subject)),
                new Table("Custody events", List.of("Event", "Record", "Decision", "When", "Detail", "Reference"), custody),
                new Table("Programme referrals", List.of("Referral", "Record", "Programme", "Referred", "Referred by",
                        "Risk", "Assessment notes", "Pathway reason", "Closed", "Why closed"), programmes),
                new Table("Programme reviews", List.of("Referral", "Why", "Due", "Done", "Done by", "Outcome"),
                        rows("SELECT referral_id, reason, due_at, done_at, done_by, outcome FROM offender.programme_review "
                                + "WHERE referral_id IN (SELECT id FROM offender.programme_referral "
                                + "WHERE person_id = ANY(:ids)) ORDER BY due_at, id", subject))),
                Stream.of(AuditSubject.all("order", firstColumn(orders)), AuditSubject.all("custody_event",
                        firstColumn(custody)), AuditSubject.all("programme_referral", firstColumn(programmes)))
                        .flatMap(List::stream).toList());
    }

    private List<List<String>> rows(String sql, Subject subject) {
        return jdbc.sql(sql).param("ids", subject.ids()).query((rs, n) -> Table.cellsOf(rs)).list();
    }

    private static List<String> firstColumn(List<List<String>> rows) {
        return rows.stream().map(row -> row.get(0)).toList();
    }
}
