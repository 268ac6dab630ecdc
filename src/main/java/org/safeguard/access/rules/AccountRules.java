package org.safeguard.access.rules;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safeguard.access.AgencyKind;
import org.safeguard.access.NewAgency;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.NewTeam;
import org.safeguard.access.Role;
import org.safeguard.platform.InvalidRequest;

/**
 * What a new agency, team or staff account must satisfy before it is saved. Each message says what
 * to do, in the GOV.UK error-message style, and is shown as it is on the page and in the API.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9_]{2,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    private static final Set<String> KIND_NAMES = Arrays.stream(AgencyKind.values()).map(Enum::name).collect(Collectors.toSet());

    private AccountRules() {
    }

    public static void checkAgency(NewAgency agency) {
        new InvalidRequest.Check()
                .require(notBlank(agency.name()), "name", "Enter the agency's name")
                .require(agency.name() == null || agency.name().strip().length() <= 200, "name",
                        "Agency name must be 200 characters or fewer")
                .require(agency.code() != null && AGENCY_CODE.matcher(agency.code().strip()).matches(), "code",
                        "Enter a code of 2 to 40 capital letters, digits or underscores, like CHILDRENS_SERVICES")
                .require(agency.kind() != null && KIND_NAMES.contains(agency.kind()), "kind",
                        "Select the kind of agency")
                .throwIfAny();
    }

    public static void checkTeam(NewTeam team) {
        new InvalidRequest.Check()
                .require(team.agencyId() != null, "agencyId", "Select the agency the team belongs to")
                .require(notBlank(team.name()), "name", "Enter the team's name")
                .require(team.name() == null || team.name().strip().length() <= 200, "name",
                        "Team name must be 200 characters or fewer")
                .require(team.area() == null || team.area().strip().length() <= 100, "area",
                        "Area must be 100 characters or fewer")
                .throwIfAny();
    }

    public static void checkAccount(NewStaffAccount account) {
        String username = account.username() == null ? "" : account.username().strip();
        String password = account.password() == null ? "" : account.password();
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(USERNAME.matcher(username).matches(), "username",
                        "Enter a username of 3 to 60 lower-case letters, digits, dots, dashes or underscores")
                .require(notBlank(account.displayName()), "displayName", "Enter the person's full name")
                .require(account.displayName() == null || account.displayName().strip().length() <= 200,
                        "displayName", "Full name must be 200 characters or fewer")
                .require(!notBlank(account.email()) || EMAIL.matcher(account.email().strip()).matches()
                        && account.email().strip().length() <= 254, "email",
                        "Enter an email address in the correct format, like name@agency.example")
                .require(account.agencyId() != null, "agencyId", "Select the person's agency")
                .require(!account.roles().isEmpty(), "roles", "Select at least one role")
                .require(ROLE_NAMES.containsAll(account.roles()), "roles", "Select roles from the list");
        check.require(password.length() >= MIN_PASSWORD_LENGTH, "password",
                        "Password must be " + MIN_PASSWORD_LENGTH + " characters or more")
                .require(password.length() <= 128, "password", "Password must be 128 characters or fewer")
                .require(check.hasProblemWith("username") || username.isEmpty()
                        || !password.toLowerCase().contains(username), "password",
                        "Password must not contain the username")
                .throwIfAny();
    }

    /** The key under which failed sign-ins for a typed username are counted. */
    public static String throttleKey(String typedUsername) {
        String key = typedUsername == null ? "" : typedUsername.strip().toLowerCase();
        return key.length() > 60 ? key.substring(0, 60) : key;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
