package org.safeguard.referral;

import java.util.List;
import java.util.Set;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a referral. Reading: the police's domestic abuse staff and the MARAC coordinator, and
 * otherwise only the sending agency and the agency that runs the service; and, for every reader, only when the
 * access policy opens the victim's REFERRAL record to them (issue 10: a restricted victim's referral is locked, with
 * the way to ask for access). Lists show a victim the reader may not see as "Restricted record". Answering (receive, accept, decline): the
 * service's own agency; for a MARAC referral, a MARAC coordinator only. Closing and consent: the sender, their team, or a supervisor of the sending agency.
 */
@Component
class ReferralAccess {

    static final String RESTRICTED = "Restricted record";

    private final ServiceDirectory directory;
    private final RecordAccess records;

    ReferralAccess(ServiceDirectory directory, RecordAccess records) {
        this.directory = directory;
        this.records = records;
    }

    boolean mayRead(Referral referral) {
        SignedInStaff me = SignedInStaff.current();
        if (me.holds(Role.OFFICER) || me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST)
                || me.holds(Role.MARAC_COORDINATOR)) {
            return true;
        }
        return me.agencyCode().equals(referral.madeByAgency()) || answers(referral);
    }

    void read(Referral referral) {
        if (!mayRead(referral)) {
            throw new AccessDeniedException("Only the sending agency and the service's agency see this referral");
        }
        records.requireReadable(RecordType.REFERRAL, referral.victimId());
    }

    /** The victim's referral record as the reader may see it; locked (and the refusal audited) when they may not. */
    void readVictim(long victimId) {
        records.requireReadable(RecordType.REFERRAL, victimId);
    }

    /** The referrals as a list shows them to the reader: a victim whose record is closed to them is not named. */
    List<Referral> named(List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return referrals;
        }
        Set<Long> closed = records.closedAmong(RecordType.REFERRAL,
                referrals.stream().map(Referral::victimId).distinct().toList());
        return closed.isEmpty() ? referrals : referrals.stream()
                .map(r -> closed.contains(r.victimId()) ? r.withVictimName(RESTRICTED) : r).toList();
    }

    /** A MARAC referral is answered by a MARAC coordinator only; any other by the service's own agency. */
    boolean answers(Referral referral) {
        SignedInStaff me = SignedInStaff.current();
        if (referral.serviceKind() == ServiceKind.MARAC) {
            return me.holds(Role.MARAC_COORDINATOR);
        }
        return serviceOf(referral).agencyCode().equals(me.agencyCode());
    }

    void answer(Referral referral) {
        if (!answers(referral)) {
            throw new AccessDeniedException(referral.serviceKind() == ServiceKind.MARAC
                    ? "Only a MARAC coordinator answers a MARAC referral" : "Only the service's own agency answers a referral");
        }
        records.requireReadable(RecordType.REFERRAL, referral.victimId());
    }

    boolean sends(Referral referral) {
        SignedInStaff me = SignedInStaff.current();
        boolean sameAgency = me.agencyCode().equals(referral.madeByAgency());
        return me.username().equals(referral.madeBy())
                || (sameAgency && me.getTeamName() != null && me.getTeamName().equals(referral.madeByTeam()))
                || (sameAgency && me.holds(Role.SUPERVISOR));
    }

    void send(Referral referral) {
        if (!sends(referral)) {
            throw new AccessDeniedException("Only the sender, their team or a supervisor changes a referral they sent");
        }
    }

    PartnerService serviceOf(Referral referral) {
        return directory.find(referral.serviceId())
                .orElseThrow(() -> new RecordNotFound("partner service", referral.serviceId()));
    }
}
