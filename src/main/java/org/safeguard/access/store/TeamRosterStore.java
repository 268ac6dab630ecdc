package org.safeguard.access.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is in which team, and who supervises it: for sending requests, notices and break-glass reviews. */
@Repository
public class TeamRosterStore {

    private final JdbcClient jdbc;

    public TeamRosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled members of the team, by username. */
    public List<String> members(long teamId) {
        return jdbc.sql("SELECT username FROM access.staff_account WHERE team_id = :team AND enabled ORDER BY username")
                .param("team", teamId).query(String.class).list();
    }

    /** The enabled supervisors of the team, by username. */
    public List<String> supervisors(long teamId) {
        return jdbc.sql("SELECT username FROM access.staff_account WHERE team_id = :team AND enabled "
                        + "AND 'SUPERVISOR' = ANY(roles) ORDER BY username")
                .param("team", teamId).query(String.class).list();
    }

    /** The enabled supervisors of every police agency, by username. */
    public List<String> policeSupervisors() {
        return jdbc.sql("SELECT s.username FROM access.staff_account s JOIN access.agency a ON a.id = s.agency_id "
                        + "WHERE a.kind = 'POLICE' AND s.enabled AND 'SUPERVISOR' = ANY(s.roles) ORDER BY s.username")
                .query(String.class).list();
    }

    /** The team of the account with this username, if it has one. */
    public Optional<Long> teamOf(String username) {
        return jdbc.sql("SELECT team_id FROM access.staff_account WHERE lower(username) = lower(:username) AND team_id IS NOT NULL")
                .param("username", username).query(Long.class).optional();
    }

    /** The police team with this name (the specialist team that answers requests nobody owns). */
    public Optional<Long> policeTeamNamed(String name) {
        return jdbc.sql("SELECT t.id FROM access.team t JOIN access.agency a ON a.id = t.agency_id "
                        + "WHERE a.kind = 'POLICE' AND lower(t.name) = lower(:name) ORDER BY t.id LIMIT 1")
                .param("name", name).query(Long.class).optional();
    }
}
