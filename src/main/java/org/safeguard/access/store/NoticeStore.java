package org.safeguard.access.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.safeguard.access.StaffNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices sent to staff, and whether they have read them. */
@Repository
public class NoticeStore {

    private final JdbcClient jdbc;

    public NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void send(String username, String subject, String body, String link, Instant at) {
        jdbc.sql("INSERT INTO access.staff_notice (username, subject, body, link, created_at) "
                        + "VALUES (:username, :subject, :body, :link, :at)")
                .param("username", username).param("subject", cut(subject, 200)).param("body", cut(body, 2000))
                .param("link", link).param("at", Timestamp.from(at)).update();
    }

    public List<StaffNotice> of(String username, int limit) {
        return jdbc.sql("SELECT id, subject, body, link, created_at, read_at FROM access.staff_notice "
                        + "WHERE lower(username) = lower(:username) ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("username", username).param("limit", limit)
                .query((rs, n) -> new StaffNotice(rs.getLong("id"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        RequestStore.instant(rs, "read_at")))
                .list();
    }

    public int unread(String username) {
        return jdbc.sql("SELECT count(*) FROM access.staff_notice WHERE lower(username) = lower(:username) AND read_at IS NULL")
                .param("username", username).query(Integer.class).single();
    }

    public void markRead(String username, Instant at) {
        jdbc.sql("UPDATE access.staff_notice SET read_at = :at WHERE lower(username) = lower(:username) AND read_at IS NULL")
                .param("username", username).param("at", Timestamp.from(at)).update();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
