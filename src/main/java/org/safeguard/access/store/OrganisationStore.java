package org.safeguard.access.store;

import java.util.List;
import java.util.Optional;

import org.safeguard.access.Agency;
import org.safeguard.access.AgencyKind;
import org.safeguard.access.Team;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies and teams. */
@Repository
public class OrganisationStore {

    private static final RowMapper<Agency> AGENCY = (rs, n) -> new Agency(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")), rs.getInt("version"));
    private static final RowMapper<Team> TEAM = (rs, n) -> new Team(rs.getLong("id"), rs.getLong("agency_id"),
            rs.getString("agency_name"), rs.getString("name"), rs.getString("area"), rs.getInt("version"));
    private static final String TEAM_SELECT = "SELECT t.id, t.agency_id, a.name AS agency_name, t.name, t.area, t.version "
            + "FROM access.team t JOIN access.agency a ON a.id = t.agency_id ";

    private final JdbcClient jdbc;

    public OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> agencies() {
        return jdbc.sql("SELECT id, code, name, kind, version FROM access.agency ORDER BY name").query(AGENCY).list();
    }

    public Optional<Agency> agency(long id) {
        return jdbc.sql("SELECT id, code, name, kind, version FROM access.agency WHERE id = :id")
                .param("id", id).query(AGENCY).optional();
    }

    public Optional<Agency> agencyByCode(String code) {
        return jdbc.sql("SELECT id, code, name, kind, version FROM access.agency WHERE lower(code) = lower(:code)")
                .param("code", code).query(AGENCY).optional();
    }

    public boolean agencyNameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM access.agency WHERE lower(name) = lower(:name)")
                .param("name", name).query(Long.class).single() > 0;
    }

    public Agency insertAgency(String code, String name, AgencyKind kind) {
        return jdbc.sql("INSERT INTO access.agency (code, name, kind) VALUES (:code, :name, :kind) "
                        + "RETURNING id, code, name, kind, version")
                .param("code", code).param("name", name).param("kind", kind.name())
                .query(AGENCY).single();
    }

    public List<Team> teams() {
        return jdbc.sql(TEAM_SELECT + "ORDER BY a.name, t.name").query(TEAM).list();
    }

    public Optional<Team> team(long id) {
        return jdbc.sql(TEAM_SELECT + "WHERE t.id = :id").param("id", id).query(TEAM).optional();
    }

    public Optional<Team> teamByName(long agencyId, String name) {
        return jdbc.sql(TEAM_SELECT + "WHERE t.agency_id = :agencyId AND lower(t.name) = lower(:name)")
                .param("agencyId", agencyId).param("name", name).query(TEAM).optional();
    }

    public Team insertTeam(long agencyId, String name, String area) {
        long id = jdbc.sql("INSERT INTO access.team (agency_id, name, area) VALUES (:agencyId, :name, :area) RETURNING id")
                .param("agencyId", agencyId).param("name", name).param("area", area)
                .query(Long.class).single();
        return team(id).orElseThrow();
    }
}
