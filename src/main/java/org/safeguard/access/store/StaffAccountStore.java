package org.safeguard.access.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts. Updates check the version the editor saw, so a concurrent change is never overwritten. */
@Repository
public class StaffAccountStore {

    private static final String SELECT = "SELECT s.id, s.username, s.display_name, s.email, s.agency_id, "
            + "a.code AS agency_code, a.name AS agency_name, s.team_id, t.name AS team_name, s.roles, s.enabled, "
            + "s.version, s.password_hash FROM access.staff_account s "
            + "JOIN access.agency a ON a.id = s.agency_id LEFT JOIN access.team t ON t.id = s.team_id ";

    private final JdbcClient jdbc;

    public StaffAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StaffAccount> all() {
        return jdbc.sql(SELECT + "ORDER BY a.name, s.display_name").query((rs, n) -> account(rs)).list();
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbc.sql(SELECT + "WHERE s.id = :id").param("id", id).query((rs, n) -> account(rs)).optional();
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql(SELECT + "WHERE lower(s.username) = lower(:username)").param("username", username)
                .query((rs, n) -> account(rs)).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM access.staff_account WHERE lower(username) = lower(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    public boolean isEnabled(long id) {
        return jdbc.sql("SELECT enabled FROM access.staff_account WHERE id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM access.staff_account").query(Long.class).single();
    }

    /** The account as sign-in needs it, with its password hash. */
    public Optional<SignedInStaff> forSignIn(String username) {
        return jdbc.sql(SELECT + "WHERE lower(s.username) = lower(:username)").param("username", username)
                .query((rs, n) -> new SignedInStaff(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getLong("agency_id"), rs.getString("agency_code"),
                        rs.getString("agency_name"), nullableLong(rs, "team_id"), rs.getString("team_name"),
                        roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getString("password_hash")))
                .optional();
    }

    public long insert(String username, String displayName, String email, long agencyId, Long teamId,
                       Set<Role> roles, String passwordHash) {
        return jdbc.sql("INSERT INTO access.staff_account (username, display_name, email, agency_id, team_id, roles, "
                        + "password_hash) VALUES (:username, :displayName, :email, :agencyId, :teamId, "
                        + "string_to_array(:roles, ','), :hash) RETURNING id")
                .param("username", username).param("displayName", displayName).param("email", email)
                .param("agencyId", agencyId).param("teamId", teamId)
                .param("roles", String.join(",", roles.stream().map(Role::name).sorted().toList()))
                .param("hash", passwordHash)
                .query(Long.class).single();
    }

    /** Sets enabled; false when the account is not at the expected version (someone else changed it). */
    public boolean setEnabled(long id, boolean enabled, int expectedVersion) {
        return jdbc.sql("UPDATE access.staff_account SET enabled = :enabled, version = version + 1, updated_at = now() "
                        + "WHERE id = :id AND version = :version")
                .param("enabled", enabled).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    private static StaffAccount account(ResultSet rs) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getLong("agency_id"), rs.getString("agency_name"),
                nullableLong(rs, "team_id"), rs.getString("team_name"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
