package org.safeguard.notify.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.safeguard.notify.Channel;
import org.safeguard.notify.Message;
import org.safeguard.notify.MessageStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: messages queued, sent, refused or failed. */
@Repository
public class MessageStore {

    private static final String COLUMNS = "id, person_id, channel, to_address, subject, body, purpose, status, "
            + "refusal_reason, last_error, requested_by, requested_at, sent_at, attempts, owning_agency";
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    public MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as asked for, before it is queued or refused. */
    public record NewMessage(long personId, Channel channel, String subject, String body, String purpose,
                             String requestedBy, Instant requestedAt, String owningAgency) {
    }

    public long insertQueued(NewMessage message, String toAddress) {
        return insert(message, MessageStatus.QUEUED, toAddress, null);
    }

    public long insertRefused(NewMessage message, String reason) {
        return insert(message, MessageStatus.REFUSED, null, reason);
    }

    private long insert(NewMessage message, MessageStatus status, String toAddress, String reason) {
        return jdbc.sql("INSERT INTO notify.message (person_id, channel, to_address, subject, body, purpose, status, "
                        + "refusal_reason, requested_by, requested_at, owning_agency) VALUES (:person, :channel, :to, "
                        + ":subject, :body, :purpose, :status, :reason, :by, :at, :agency) RETURNING id")
                .param("person", message.personId()).param("channel", message.channel().name()).param("to", toAddress)
                .param("subject", message.subject()).param("body", message.body()).param("purpose", message.purpose())
                .param("status", status.name()).param("reason", reason).param("by", message.requestedBy())
                .param("at", Timestamp.from(message.requestedAt())).param("agency", message.owningAgency())
                .query(Long.class).single();
    }

    public List<Message> forPerson(long personId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify.message WHERE person_id = :person "
                        + "ORDER BY requested_at DESC, id DESC LIMIT :limit")
                .param("person", personId).param("limit", limit).query((rs, n) -> message(rs)).list();
    }

    /**
     * Claims up to {@code limit} queued messages after {@code afterId}, in id order, locking them for the
     * calling transaction; rows another sender holds are skipped, so several nodes can send side by side.
     */
    public List<Message> claimQueued(long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify.message WHERE status = 'QUEUED' AND id > :after "
                        + "ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("after", afterId).param("limit", limit).query((rs, n) -> message(rs)).list();
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("UPDATE notify.message SET status = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = NULL "
                        + "WHERE id = :id AND status = 'QUEUED'")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** A queued message that the preferences no longer allow: refused, never delivered. */
    public void refuseQueued(long id, String reason) {
        jdbc.sql("UPDATE notify.message SET status = 'REFUSED', refusal_reason = :reason WHERE id = :id AND status = 'QUEUED'")
                .param("id", id).param("reason", reason).update();
    }

    /** A delivery attempt failed: stays queued for the next run, or FAILED once {@code giveUp}. */
    public void markAttemptFailed(long id, String error, boolean giveUp) {
        jdbc.sql("UPDATE notify.message SET attempts = attempts + 1, last_error = :error, "
                        + "status = CASE WHEN :giveUp THEN 'FAILED' ELSE status END WHERE id = :id AND status = 'QUEUED'")
                .param("id", id).param("error", truncate(error)).param("giveUp", giveUp).update();
    }

    private static String truncate(String error) {
        String text = error == null || error.isBlank() ? "delivery failed" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static Message message(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp(13);
        return new Message(rs.getLong(1), rs.getLong(2), Channel.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), MessageStatus.valueOf(rs.getString(8)),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                sent == null ? null : sent.toInstant(), rs.getInt(14), rs.getString(15));
    }
}
