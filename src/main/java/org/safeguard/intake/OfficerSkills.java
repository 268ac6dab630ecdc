package org.safeguard.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.store.OfficerSkillStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills register used when deploying: which officers are domestic abuse trained (DVERO) and
 * until when, who is a specialist, who is available now. Kept by supervisors.
 */
@Service
public class OfficerSkills {

    private final OfficerSkillStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    OfficerSkills(OfficerSkillStore store, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** An officer's entry in the register. {@code version} is -1 until first saved. */
    public record Entry(long accountId, String name, String team, LocalDate dveroTrainedUntil, boolean dveroCurrent,
                        boolean specialist, boolean available, int version) {
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','CALL_HANDLER')")
    @Transactional
    public List<Entry> register() {
        Map<Long, OfficerSkillStore.Skill> known = store.all();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        audit.record(AuditEvent.of("SKILLS_REGISTER_VIEWED", "officer_skill", null));
        return staff.activeAccountsHolding(Role.OFFICER, Role.DA_SPECIALIST).stream()
                .sorted(Comparator.comparing(StaffAccount::displayName))
                .map(account -> {
                    OfficerSkillStore.Skill skill = known.getOrDefault(account.id(), OfficerSkillStore.Skill.none(account.id()));
                    return new Entry(account.id(), account.displayName(), account.teamName(), skill.dveroTrainedUntil(),
                            skill.dveroTrainedUntil() != null && !skill.dveroTrainedUntil().isBefore(today),
                            skill.specialist(), skill.available(), skill.version());
                })
                .toList();
    }

    /** Saves an officer's skills; refused when someone else saved them since {@code seenVersion}. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void save(long accountId, LocalDate dveroTrainedUntil, boolean specialist, boolean available, int seenVersion) {
        StaffAccount officer = staff.account(accountId)
                .filter(a -> a.roles().contains(Role.OFFICER) || a.roles().contains(Role.DA_SPECIALIST))
                .orElseThrow(() -> InvalidRequest.of("accountId", "Select an officer from the register"));
        new InvalidRequest.Check()
                .require(dveroTrainedUntil == null || dveroTrainedUntil.getYear() >= 2000
                        && dveroTrainedUntil.getYear() <= 2100, "dveroTrainedUntil", "Enter a real date, like 31 3 2027")
                .throwIfAny();
        if (!store.save(officer.id(), dveroTrainedUntil, specialist, available, seenVersion)) {
            throw new ConcurrentEdit(officer.displayName() + "'s skills");
        }
        audit.record(AuditEvent.of("OFFICER_SKILLS_SAVED", "staff_account", officer.id()));
    }
}
