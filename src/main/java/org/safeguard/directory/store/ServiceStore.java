package org.safeguard.directory.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceKind;
import org.safeguard.directory.rules.ServiceEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partner services ({@code directory.partner_service}); the areas are a varchar array, empty for everywhere. */
@Repository
public class ServiceStore {

    private static final String SERVICE = "SELECT id, code, name, kind, agency_code, areas, offers, referral_route, hours, "
            + "sla_hours, active, created_at, created_by, version, full_time_workers FROM directory.partner_service ";

    private final JdbcClient jdbc;

    public ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active first, then by kind and name. */
    public List<PartnerService> all() {
        return jdbc.sql(SERVICE + "ORDER BY active DESC, kind, name, id").query((rs, n) -> service(rs)).list();
    }

    public Optional<PartnerService> find(long id) {
        return jdbc.sql(SERVICE + "WHERE id = :id").param("id", id).query((rs, n) -> service(rs)).optional();
    }

    public boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM directory.partner_service WHERE code = :code AND id <> :id")
                .param("code", code).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** The active services of a kind, in code order (the facade prefers one naming the area). */
    public List<PartnerService> activeOfKind(ServiceKind kind) {
        return jdbc.sql(SERVICE + "WHERE active AND kind = :kind ORDER BY code").param("kind", kind.name())
                .query((rs, n) -> service(rs)).list();
    }

    public List<PartnerService> activeRunBy(String agencyCode) {
        return jdbc.sql(SERVICE + "WHERE active AND agency_code = :agency ORDER BY kind, name")
                .param("agency", agencyCode).query((rs, n) -> service(rs)).list();
    }

    public long insert(ServiceEntry entry, Instant at, String by) {
        return jdbc.sql("INSERT INTO directory.partner_service (code, name, kind, agency_code, areas, offers, referral_route, "
                        + "hours, sla_hours, full_time_workers, created_at, created_by) VALUES (:code, :name, :kind, :agency, "
                        + "CAST(:areas AS varchar[]), :offers, :route, :hours, :sla, :workers, :at, :by) RETURNING id")
                .param("code", entry.code()).param("name", entry.name()).param("kind", entry.kind().name())
                .param("agency", entry.agencyCode()).param("areas", entry.areas().toArray(String[]::new))
                .param("offers", entry.offers()).param("route", entry.referralRoute()).param("hours", entry.hours())
                .param("sla", entry.slaHours()).param("workers", entry.fullTimeWorkers(), Types.NUMERIC)
                .param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    /** Saves the change when the version is still the one read; false when someone else changed it first. */
    public boolean update(long id, int version, ServiceEntry entry, boolean active) {
        return jdbc.sql("UPDATE directory.partner_service SET code = :code, name = :name, kind = :kind, agency_code = :agency, "
                        + "areas = CAST(:areas AS varchar[]), offers = :offers, referral_route = :route, hours = :hours, "
                        + "sla_hours = :sla, full_time_workers = :workers, active = :active, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("code", entry.code()).param("name", entry.name()).param("kind", entry.kind().name())
                .param("agency", entry.agencyCode()).param("areas", entry.areas().toArray(String[]::new))
                .param("offers", entry.offers()).param("route", entry.referralRoute()).param("hours", entry.hours())
                .param("sla", entry.slaHours()).param("workers", entry.fullTimeWorkers(), Types.NUMERIC)
                .param("active", active).param("id", id).param("version", version)
                .update() == 1;
    }

    private static PartnerService service(ResultSet rs) throws SQLException {
        return new PartnerService(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getString("agency_code"), strings(rs.getArray("areas")),
                rs.getString("offers"), rs.getString("referral_route"), rs.getString("hours"), rs.getInt("sla_hours"),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getInt("version"), rs.getBigDecimal("full_time_workers"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
