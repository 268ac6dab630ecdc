package org.safeguard.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.rules.AccountRules;
import org.safeguard.access.store.OrganisationStore;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's API: agencies, teams and staff accounts. Every read or write of a staff
 * account is recorded in the audit log in the same transaction.
 */
@Service
public class StaffDirectory {

    private final OrganisationStore organisation;
    private final StaffAccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    StaffDirectory(OrganisationStore organisation, StaffAccountStore accounts, PasswordEncoder passwords,
                   AuditTrail audit) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return organisation.agencies();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agencyByCode(String code) {
        return organisation.agencyByCode(code);
    }

    @Transactional
    public Agency createAgency(NewAgency request) {
        AccountRules.checkAgency(request);
        String code = request.code().strip();
        String name = request.name().strip();
        new InvalidRequest.Check()
                .require(organisation.agencyByCode(code).isEmpty(), "code", "An agency with this code already exists")
                .require(!organisation.agencyNameTaken(name), "name", "An agency with this name already exists")
                .throwIfAny();
        Agency agency;
        try {
            agency = organisation.insertAgency(code, name, AgencyKind.valueOf(request.kind()));
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("code", "An agency with this code or name already exists");
        }
        audit.record(AuditEvent.of("AGENCY_CREATED", "agency", agency.id()));
        return agency;
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return organisation.teams();
    }

    @Transactional(readOnly = true)
    public Optional<Team> teamByName(long agencyId, String name) {
        return organisation.teamByName(agencyId, name);
    }

    @Transactional
    public Team createTeam(NewTeam request) {
        AccountRules.checkTeam(request);
        String name = request.name().strip();
        new InvalidRequest.Check()
                .require(organisation.agency(request.agencyId()).isPresent(), "agencyId", "Select an agency from the list")
                .require(organisation.teamByName(request.agencyId(), name).isEmpty(), "name",
                        "This agency already has a team with this name")
                .throwIfAny();
        Team team;
        try {
            team = organisation.insertTeam(request.agencyId(), name, blankToNull(request.area()));
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("name", "This agency already has a team with this name");
        }
        audit.record(AuditEvent.of("TEAM_CREATED", "team", team.id()));
        return team;
    }

    /** Every staff account; reading the list is recorded. */
    @Transactional
    public List<StaffAccount> accounts() {
        List<StaffAccount> all = accounts.all();
        audit.record(AuditEvent.of("STAFF_ACCOUNTS_LISTED", "staff_account", null));
        return all;
    }

    /**
     * Active accounts holding any of the roles, for choosing staff (deployment, allocation). A building
     * block: the module that shows the list to a person records that read.
     */
    @Transactional(readOnly = true)
    public List<StaffAccount> activeAccountsHolding(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return accounts.all().stream()
                .filter(StaffAccount::enabled)
                .filter(account -> account.roles().stream().anyMatch(wanted::contains))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> account(long id) {
        return accounts.byId(id);
    }

    /** The account with this username (any case), for naming staff (a SPOC, a task's owner). A building block like the above. */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> accountByUsername(String username) {
        return username == null ? Optional.empty() : accounts.byUsername(username.strip());
    }

    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    @Transactional
    public StaffAccount createAccount(NewStaffAccount request) {
        AccountRules.checkAccount(request);
        String username = request.username().strip();
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(!accounts.usernameTaken(username), "username", "This username is already in use")
                .require(organisation.agency(request.agencyId()).isPresent(), "agencyId", "Select an agency from the list");
        if (request.teamId() != null) {
            check.require(organisation.team(request.teamId()).filter(t -> t.agencyId() == request.agencyId()).isPresent(),
                    "teamId", "Select a team that belongs to the person's agency");
        }
        check.throwIfAny();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        request.roles().forEach(role -> roles.add(Role.valueOf(role)));
        long id;
        try {
            id = accounts.insert(username, request.displayName().strip(), blankToNull(request.email()),
                    request.agencyId(), request.teamId(), roles, passwords.encode(request.password()));
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("username", "This username is already in use");
        }
        audit.record(AuditEvent.of("STAFF_ACCOUNT_CREATED", "staff_account", id));
        return accounts.byId(id).orElseThrow();
    }

    /** Enables or disables an account, refusing if it changed since the administrator saw version {@code seenVersion}. */
    @Transactional
    public StaffAccount setEnabled(long accountId, boolean enabled, int seenVersion) {
        StaffAccount current = accounts.byId(accountId)
                .orElseThrow(() -> InvalidRequest.of("account", "There is no such staff account"));
        if (!accounts.setEnabled(accountId, enabled, seenVersion)) {
            throw new ConcurrentEdit("The account of " + current.displayName());
        }
        audit.record(AuditEvent.of(enabled ? "STAFF_ACCOUNT_ENABLED" : "STAFF_ACCOUNT_DISABLED", "staff_account", accountId));
        return accounts.byId(accountId).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
