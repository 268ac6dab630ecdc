package org.safeguard.marac.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.safeguard.marac.ImportedMaracArea;
import org.safeguard.marac.ImportedMaracCase;
import org.safeguard.marac.MaracArea;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * MARAC history written in bulk: areas made once by name, the meetings the history was heard at (made when the area
 * has none at that time, as held), and the heard cases with their action plans by COPY on the connection of the
 * current transaction. The cases' ids are reserved first so that repeats can name earlier cases of the same batch.
 */
@Repository
public class MaracBulkStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public MaracBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public Optional<Long> areaNamed(String name) {
        return jdbc.sql("SELECT id FROM marac.area WHERE name = ?").param(name).query(Long.class).optional();
    }

    /** Makes the area and its representatives; returns its id. */
    public long insertArea(ImportedMaracArea area) {
        long id = jdbc.sql("""
                        INSERT INTO marac.area (name, covers, week_of_month, day_of_week, starts_at, capacity, chair,
                                                coordinator, core_agencies)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(area.name(), area.covers().toArray(String[]::new), area.weekOfMonth(),
                        area.dayOfWeek().getValue(), area.startsAt(), area.capacity(), area.chair(), area.coordinator(),
                        area.coreAgencies().toArray(String[]::new))
                .query(Long.class).single();
        area.representatives().forEach((username, agency) -> jdbc.sql(
                        "INSERT INTO marac.representative (area_id, username, agency_code) VALUES (?, ?, ?)")
                .params(id, username, agency).update());
        return id;
    }

    /** The areas with these names, in the order of their ids. */
    public List<MaracArea> areasNamed(Collection<String> names) {
        return jdbc.sql("""
                        SELECT id, name, covers, week_of_month, day_of_week, starts_at, capacity, chair, coordinator,
                               core_agencies, version
                        FROM marac.area WHERE name = ANY(?) ORDER BY id""")
                .param(names.toArray(String[]::new))
                .query(MaracBulkStore::area).list();
    }

    /** The number of cases at each meeting of the areas (listed, heard or transferred after hearing), by area and time. */
    public Map<Long, Map<Instant, Integer>> casesPerMeeting(Collection<Long> areaIds) {
        Map<Long, Map<Instant, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT m.area_id, m.held_at, count(c.id)
                        FROM marac.meeting m JOIN marac.marac_case c ON c.meeting_id = m.id
                        WHERE m.area_id = ANY(?) AND c.status IN ('LISTED', 'HEARD', 'TRANSFERRED')
                        GROUP BY m.area_id, m.held_at""")
                .param(areaIds.toArray(Long[]::new))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
                        .put(rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                .list();
        return counts;
    }

    /** A meeting at the area and time: the one there is, or a new one marked held. Returns its id. */
    public long heldMeeting(long areaId, Instant heldAt, int capacity) {
        jdbc.sql("""
                        INSERT INTO marac.meeting (area_id, held_at, capacity, status) VALUES (?, ?, ?, 'HELD')
                        ON CONFLICT (area_id, held_at) DO NOTHING""")
                .params(areaId, Timestamp.from(heldAt), capacity).update();
        return jdbc.sql("SELECT id FROM marac.meeting WHERE area_id = ? AND held_at = ?")
                .params(areaId, Timestamp.from(heldAt)).query(Long.class).single();
    }

    /** The meeting's capacity and the cases at it now. */
    public int[] capacityAndCases(long meetingId) {
        return jdbc.sql("""
                        SELECT m.capacity, (SELECT count(*) FROM marac.marac_case c WHERE c.meeting_id = m.id
                                            AND c.status IN ('LISTED', 'HEARD', 'TRANSFERRED'))
                        FROM marac.meeting m WHERE m.id = ? FOR UPDATE""")
                .param(meetingId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /**
     * Writes the heard cases (already checked) and their actions; returns the cases' ids in the order given.
     *
     * @param areaIds    the area of each case
     * @param meetingIds the meeting of each case
     */
    public long[] copy(List<ImportedMaracCase> imported, long[] areaIds, long[] meetingIds, String createdBy) {
        long[] ids = jdbc.sql("SELECT nextval('marac.marac_case_id_seq') FROM generate_series(1, :count)")
                .param("count", imported.size()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        CopyRows cases = new CopyRows();
        CopyRows actions = new CopyRows();
        for (int n = 0; n < imported.size(); n++) {
            ImportedMaracCase c = imported.get(n);
            cases.value(ids[n]).value(areaIds[n]).value(meetingIds[n]).value(c.victimId()).value(c.victimName())
                    .value(array(c.perpetratorIds())).value(c.referredAt()).value(c.referringAgency())
                    .value(c.riskLevel()).value(c.children()).value(c.victimSex()).value(c.victimAge())
                    .value(c.victimBme()).value(c.victimLgbt()).value(c.victimDisability())
                    .value(c.repeat() ? ids[c.repeatOf()] : null).value("HEARD").value(c.idvaSummary())
                    .value(c.caseMinutes()).value(c.heardAt()).value(c.referredAt()).endRow();
            for (ImportedMaracCase.Action a : c.actions()) {
                actions.value(ids[n]).value(a.description()).value(a.ownerAgency()).value(a.owner()).value(a.dueOn())
                        .value(a.status()).value(c.heardAt()).value(createdBy).value(a.doneAt()).value(a.outcome())
                        .endRow();
            }
        }
        cases.copyInto(dataSource, "COPY marac.marac_case (id, area_id, meeting_id, victim_id, victim_name, "
                + "perpetrator_ids, referred_at, referring_agency, risk_level, children, victim_sex, victim_age, victim_bme, "
                + "victim_lgbt, victim_disability, repeat_of, status, idva_summary, case_minutes, heard_at, created_at) "
                + "FROM STDIN");
        actions.copyInto(dataSource, "COPY marac.action (case_id, description, owner_agency, owner, due_on, status, "
                + "created_at, created_by, done_at, outcome) FROM STDIN");
        return ids;
    }

    private static String array(List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    private static MaracArea area(ResultSet rs, int n) throws SQLException {
        return new MaracArea(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("covers")),
                rs.getInt("week_of_month"), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("starts_at", java.time.LocalTime.class), rs.getInt("capacity"), rs.getString("chair"),
                rs.getString("coordinator"), strings(rs.getArray("core_agencies")), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
