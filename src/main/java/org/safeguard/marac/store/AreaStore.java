package org.safeguard.marac.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.MaracArea;
import org.safeguard.marac.Representative;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MARAC areas, the intake areas each covers, and their representatives. */
@Repository("maracAreaStore")
public class AreaStore {

    private static final String COLUMNS = "id, name, covers, week_of_month, day_of_week, starts_at, capacity, chair, "
            + "coordinator, core_agencies, version";

    private final JdbcClient jdbc;

    public AreaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MaracArea> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM marac.area ORDER BY name").query(AreaStore::area).list();
    }

    public Optional<MaracArea> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM marac.area WHERE id = ?").param(id).query(AreaStore::area).optional();
    }

    public Optional<MaracArea> named(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM marac.area WHERE lower(name) = lower(?)").param(name)
                .query(AreaStore::area).optional();
    }

    /** The area whose MARAC covers the intake area (a town or postcode district), if one does. */
    public Optional<MaracArea> covering(String intakeArea) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM marac.area WHERE EXISTS "
                        + "(SELECT 1 FROM unnest(covers) c WHERE lower(c) = lower(?)) ORDER BY id LIMIT 1")
                .param(intakeArea.strip()).query(AreaStore::area).optional();
    }

    /** The areas the coordinator coordinates. */
    public List<MaracArea> coordinatedBy(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM marac.area WHERE coordinator = ? ORDER BY name").param(username)
                .query(AreaStore::area).list();
    }

    /** Areas and intake areas are changed one at a time, so two areas cannot both come to cover one town. */
    public void lockForChange() {
        jdbc.sql("LOCK TABLE marac.area IN SHARE ROW EXCLUSIVE MODE").update();
    }

    public long insert(MaracArea area) {
        return jdbc.sql("INSERT INTO marac.area (name, covers, week_of_month, day_of_week, starts_at, capacity, chair, "
                        + "coordinator, core_agencies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(area.name(), area.covers().toArray(String[]::new), area.weekOfMonth(), area.dayOfWeek().getValue(),
                        area.startsAt(), area.capacity(), area.chair(), area.coordinator(),
                        area.coreAgencies().toArray(String[]::new))
                .query(Long.class).single();
    }

    /** Saves the area if it is still at {@code area.version()}; false when someone changed it first. */
    public boolean update(MaracArea area) {
        return jdbc.sql("UPDATE marac.area SET name = ?, covers = ?, week_of_month = ?, day_of_week = ?, starts_at = ?, "
                        + "capacity = ?, chair = ?, coordinator = ?, core_agencies = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(area.name(), area.covers().toArray(String[]::new), area.weekOfMonth(), area.dayOfWeek().getValue(),
                        area.startsAt(), area.capacity(), area.chair(), area.coordinator(),
                        area.coreAgencies().toArray(String[]::new), area.id(), area.version())
                .update() == 1;
    }

    public List<Representative> representatives(long areaId) {
        return jdbc.sql("SELECT username, agency_code FROM marac.representative WHERE area_id = ? ORDER BY agency_code, username")
                .param(areaId).query((rs, n) -> new Representative(rs.getString(1), rs.getString(2))).list();
    }

    public void replaceRepresentatives(long areaId, List<Representative> representatives) {
        jdbc.sql("DELETE FROM marac.representative WHERE area_id = ?").param(areaId).update();
        for (Representative r : representatives) {
            jdbc.sql("INSERT INTO marac.representative (area_id, username, agency_code) VALUES (?, ?, ?)")
                    .params(areaId, r.username(), r.agencyCode()).update();
        }
    }

    private static MaracArea area(ResultSet rs, int row) throws SQLException {
        return new MaracArea(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("covers")),
                rs.getInt("week_of_month"), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("starts_at", java.time.LocalTime.class), rs.getInt("capacity"), rs.getString("chair"),
                rs.getString("coordinator"), strings(rs.getArray("core_agencies")), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
