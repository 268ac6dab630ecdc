package org.safeguard.referral;

import java.util.Optional;

import org.safeguard.access.Agency;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Who made a referral, as the referral records it: their username, team and agency code. A rule's referral is
 * made by the person whose work triggered it (the assessor, the recorder), found in the staff directory.
 */
@Component
class ReferralMaker {

    private final StaffDirectory staff;

    ReferralMaker(StaffDirectory staff) {
        this.staff = staff;
    }

    record Maker(String username, String team, String agency, boolean canAct) {
    }

    static Maker signedIn() {
        SignedInStaff me = SignedInStaff.current();
        return new Maker(me.username(), me.getTeamName(), me.agencyCode(), true);
    }

    /** The named member of staff; an unknown account keeps the agency the event gave (or UNKNOWN) and cannot act. */
    Maker named(String username, String agencyFromEvent) {
        Optional<StaffAccount> account = staff.accountByUsername(username);
        String agency = account.flatMap(this::agencyCode).orElse(agencyFromEvent == null ? "UNKNOWN" : agencyFromEvent);
        return new Maker(username, account.map(StaffAccount::teamName).orElse(null), agency,
                account.map(StaffAccount::enabled).orElse(false));
    }

    /** The active staff of an agency, by name: who may take on its service's referrals. */
    java.util.List<StaffAccount> staffOf(String agencyCode) {
        Optional<Long> agencyId = staff.agencyByCode(agencyCode).map(Agency::id);
        return agencyId.isEmpty() ? java.util.List.of() : staff.activeAccountsHolding(org.safeguard.access.Role.values())
                .stream().filter(a -> a.agencyId() == agencyId.get())
                .sorted(java.util.Comparator.comparing(StaffAccount::displayName)).toList();
    }

    /** The active account's agency code, if it has one: a worker must belong to the service's agency. */
    Optional<String> agencyOf(String username) {
        return staff.accountByUsername(username).filter(StaffAccount::enabled).flatMap(this::agencyCode);
    }

    private Optional<String> agencyCode(StaffAccount account) {
        return staff.agencies().stream().filter(g -> g.id() == account.agencyId()).map(Agency::code).findFirst();
    }
}
