package org.safeguard.referral.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referral's part of a subject-access export: every referral of the person to a partner service, and its steps. */
@Component
class ReferralsForSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    ReferralsForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Referrals";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> referrals = subject.rows(jdbc, "SELECT id, victim_id, service_name, service_kind, risk_level, reason, "
                        + "sharing_justification, made_at, made_by, made_by_agency, received_at, decided_at, "
                        + "decline_reason, assigned_to, closed_at, close_reason FROM referral.referral "
                        + "WHERE victim_id = ANY(:ids) ORDER BY made_at, id");
        List<List<String>> steps = subject.rows(jdbc, "SELECT s.referral_id, s.step, s.at, s.by_username, s.note "
                        + "FROM referral.referral_step s JOIN referral.referral r ON r.id = s.referral_id "
                        + "WHERE r.victim_id = ANY(:ids) ORDER BY s.at, s.id");
        return new Held(List.of(
                new Table("Referrals", List.of("Referral", "Record", "Service", "Kind", "Risk level", "Why",
                        "Sharing without consent because", "Made", "Made by", "Agency", "Received", "Decided",
                        "Why declined", "Worker", "Closed", "Why closed"), referrals),
                new Table("Referral steps", List.of("Referral", "Step", "When", "By", "Note"), steps)),
                AuditSubject.firstColumnOf("referral", referrals));
    }
}
