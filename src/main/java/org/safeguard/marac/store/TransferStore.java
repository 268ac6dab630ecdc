package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.Transfer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases sent from one area's MARAC to another's, and their acceptance. */
@Repository("maracTransferStore")
public class TransferStore {

    private static final String SELECT = "SELECT t.id, t.case_id, c.victim_name, t.from_area, fa.name, t.to_area, ta.name, "
            + "t.reason, t.sent_at, t.sent_by, t.status, t.accepted_at, t.accepted_by, t.new_case_id "
            + "FROM marac.transfer t JOIN marac.marac_case c ON c.id = t.case_id "
            + "JOIN marac.area fa ON fa.id = t.from_area JOIN marac.area ta ON ta.id = t.to_area ";

    private final JdbcClient jdbc;

    public TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the case as sent; empty when it has already been sent and not yet accepted. */
    public Optional<Long> insert(long caseId, long fromArea, long toArea, String reason, Instant at, String by) {
        return jdbc.sql("INSERT INTO marac.transfer (case_id, from_area, to_area, reason, sent_at, sent_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) WHERE status = 'SENT' DO NOTHING RETURNING id")
                .params(caseId, fromArea, toArea, reason, Timestamp.from(at), by).query(Long.class).optional();
    }

    public Optional<Transfer> find(long transferId) {
        return jdbc.sql(SELECT + "WHERE t.id = ?").param(transferId).query(TransferStore::transfer).optional();
    }

    public Optional<Transfer> lock(long transferId) {
        return jdbc.sql("SELECT id FROM marac.transfer WHERE id = ? FOR UPDATE").param(transferId).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** Every transfer of the case, latest first. */
    public List<Transfer> ofCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE t.case_id = ? OR t.new_case_id = ? ORDER BY t.sent_at DESC, t.id DESC")
                .params(caseId, caseId).query(TransferStore::transfer).list();
    }

    /** Transfers sent to the areas and not yet accepted, oldest first. */
    public List<Transfer> waitingFor(Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE t.to_area = ANY(?) AND t.status = 'SENT' ORDER BY t.sent_at, t.id")
                .param(areaIds.toArray(Long[]::new)).query(TransferStore::transfer).list();
    }

    public void accept(long transferId, long newCaseId, Instant at, String by) {
        jdbc.sql("UPDATE marac.transfer SET status = 'ACCEPTED', accepted_at = ?, accepted_by = ?, new_case_id = ? WHERE id = ?")
                .params(Timestamp.from(at), by, newCaseId, transferId).update();
    }

    private static Transfer transfer(ResultSet rs, int row) throws SQLException {
        Timestamp acceptedAt = rs.getTimestamp(12);
        return new Transfer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                Transfer.Status.valueOf(rs.getString(11)), acceptedAt == null ? null : acceptedAt.toInstant(),
                rs.getString(13), (Long) rs.getObject(14));
    }
}
