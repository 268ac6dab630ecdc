package org.safeguard.notify.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notify's part of a subject-access export: the person's safe contact preferences and every message sent or refused
 * to them. The safe postal address (and a letter's address) is withheld when the person has a confidential address.
 */
@Component
class SafeContactForSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    SafeContactForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Safe contact and messages";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> preferences = jdbc.sql("SELECT person_id, safe_phone, safe_email, safe_address, safe_times, "
                        + "voicemail_safe, text_safe, email_safe, letter_safe, code_word, never_use, interpreter_language, "
                        + "updated_by, updated_at FROM notify.safe_contact WHERE person_id = ANY(:ids) ORDER BY person_id")
                .param("ids", subject.ids())
                .query((rs, n) -> Table.cells(rs.getLong(1), rs.getString(2), rs.getString(3),
                        subject.place(rs.getString(4)), rs.getString(5), rs.getObject(6), rs.getObject(7), rs.getObject(8),
                        rs.getObject(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getTimestamp(14)))
                .list();
        List<List<String>> messages = jdbc.sql("SELECT id, person_id, channel, to_address, subject, body, purpose, status, "
                        + "refusal_reason, requested_by, requested_at, sent_at FROM notify.message "
                        + "WHERE person_id = ANY(:ids) ORDER BY requested_at, id")
                .param("ids", subject.ids())
                .query((rs, n) -> Table.cells(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        "LETTER".equals(rs.getString(3)) ? subject.place(rs.getString(4)) : rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getTimestamp(11), rs.getTimestamp(12)))
                .list();
        return new Held(List.of(
                new Table("Safe contact preferences", List.of("Record", "Safe phone", "Safe email", "Safe postal address",
                        "Safe times", "Voicemail safe", "Texts safe", "Email safe", "Letters safe", "Code word",
                        "Never use", "Interpreter", "Updated by", "Updated at"), preferences),
                new Table("Messages", List.of("Message", "Record", "Channel", "To", "Subject", "Text", "Purpose", "Status",
                        "Why refused", "Asked for by", "Asked for at", "Sent at"), messages)),
                AuditSubject.firstColumnOf("message", messages));
    }
}
