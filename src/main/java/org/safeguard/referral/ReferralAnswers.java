package org.safeguard.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.safeguard.access.SignedInStaff;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.referral.rules.ReferralMoves;
import org.safeguard.referral.store.ReferralStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's answers to a referral: received, accepted with the worker who takes it on, or declined with a reason.
 * Only the service's own agency answers (a MARAC referral: a MARAC coordinator). A decline tells the MARAC
 * ({@code ReferralClosed}). Every answer is a step of the referral and audited.
 */
@Service
public class ReferralAnswers {

    private static final String WORKS_REFERRALS = Referrals.WORKS_REFERRALS;

    private final ReferralStore store;
    private final ReferralSteps steps;
    private final ReferralAccess access;
    private final ReferralMaker makers;
    private final Clock clock;

    ReferralAnswers(ReferralStore store, ReferralSteps steps, ReferralAccess access, ReferralMaker makers, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.makers = makers;
        this.clock = clock;
    }

    /** Who may take the referral on: the active staff of the service's agency, for the service's own staff. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional(readOnly = true)
    public List<org.safeguard.access.StaffAccount> workers(long id) {
        Referral referral = steps.found(id);
        access.read(referral);
        String agency = access.serviceOf(referral).agencyCode();
        return agency.equals(SignedInStaff.current().agencyCode()) ? makers.staffOf(agency) : List.of();
    }

    /** Whether the signed-in user answers this referral for the service (receive, accept, decline). */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional(readOnly = true)
    public boolean answersFor(Referral referral) {
        return access.answers(referral);
    }

    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral receive(long id, int version) {
        Referral referral = forTheService(id);
        ReferralMoves.receiveFrom(referral.status());
        String me = SignedInStaff.current().username();
        Instant now = clock.instant();
        ReferralSteps.saved(store.received(id, version, me, now));
        return steps.stepped(id, "RECEIVED", now, null, "REFERRAL_RECEIVED", null);
    }

    /** Accepted by the service, with the worker (a username) who takes it on. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral accept(long id, int version, String assignedTo) {
        Referral referral = forTheService(id);
        ReferralMoves.acceptFrom(referral.status(), assignedTo);
        String worker = assignedTo.strip();
        String serviceAgency = access.serviceOf(referral).agencyCode();
        if (!makers.agencyOf(worker).map(serviceAgency::equals).orElse(false)) {
            throw InvalidRequest.of("assignedTo", "Select a worker of the service's own agency");
        }
        Instant now = clock.instant();
        ReferralSteps.saved(store.accepted(id, version, SignedInStaff.current().username(), worker, now));
        return steps.stepped(id, "ACCEPTED", now, "Worker " + worker, "REFERRAL_ACCEPTED", "worker " + worker);
    }

    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral decline(long id, int version, String reason) {
        Referral referral = forTheService(id);
        ReferralMoves.declineFrom(referral.status(), reason);
        Instant now = clock.instant();
        ReferralSteps.saved(store.declined(id, version, SignedInStaff.current().username(), reason.strip(), now));
        return steps.ended(steps.stepped(id, "DECLINED", now, reason.strip(), "REFERRAL_DECLINED", null), reason.strip(), now);
    }

    private Referral forTheService(long id) {
        Referral referral = steps.found(id);
        access.answer(referral);
        return referral;
    }
}
