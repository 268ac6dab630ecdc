package org.safeguard.marac;

import java.time.Clock;
import java.util.Optional;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.marac.store.TransferStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.referral.Referrals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers between MARAC areas when the victim moves: the sending coordinator sends the case once (never a case
 * already sent on), the receiving coordinator accepts it onto their agenda as a transfer in, and the original MARAC
 * referral is completed so the victim can be referred again. The receiving circle then reads the earlier hearings;
 * the sending circle never reads forward ({@link MaracReaders}).
 */
@Service
public class MaracTransfers {

    private static final int MAX_REASON = 1000;

    private final AreaStore areas;
    private final CaseStore cases;
    private final TransferStore transfers;
    private final Listing listing;
    private final Coordination coordination;
    private final Referrals referrals;
    private final AuditTrail audit;
    private final Clock clock;

    MaracTransfers(AreaStore areas, CaseStore cases, TransferStore transfers, Listing listing, Coordination coordination,
                   Referrals referrals, AuditTrail audit, Clock clock) {
        this.areas = areas;
        this.cases = cases;
        this.transfers = transfers;
        this.listing = listing;
        this.coordination = coordination;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the case to another area's MARAC (the victim moved), with the reason; that area's coordinator accepts it. */
    @PreAuthorize(MaracAgenda.COORDINATES)
    @Transactional
    public Transfer send(long caseId, String toArea, String reason, int version) {
        MaracCase c = coordination.lockedAt(caseId, version);
        MaracArea from = coordination.coordinatedArea(c);
        Optional<MaracArea> to = toArea == null || toArea.isBlank() ? Optional.empty() : areas.named(toArea.strip());
        new InvalidRequest.Check()
                .require(toArea != null && !toArea.isBlank(), "toArea", "Choose the MARAC area the victim has moved to")
                .require(toArea == null || toArea.isBlank() || to.isPresent(), "toArea", "There is no MARAC area called "
                        + (toArea == null ? "" : clip(toArea.strip())))
                .require(to.isEmpty() || to.get().id() != from.id(), "toArea", "The case is already in the " + from.name())
                .require(reason != null && !reason.isBlank(), "transferReason", "Say why the case is transferred")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "transferReason",
                        "The reason must be 1,000 characters or fewer")
                .throwIfAny();
        if (c.status() == MaracCase.Status.TRANSFERRED || c.status() == MaracCase.Status.WITHDRAWN) {
            throw InvalidRequest.of("toArea", "This case is " + c.status().label().toLowerCase() + ": it cannot be sent");
        }
        if (cases.transferredOn(caseId)) {
            throw InvalidRequest.of("toArea", ALREADY_SENT_ON);
        }
        long id = transfers.insert(caseId, from.id(), to.get().id(), reason.strip(), clock.instant(), me())
                .orElseThrow(() -> InvalidRequest.of("toArea", "This case has already been sent and is waiting to be accepted"));
        audit.record(AuditEvent.of("MARAC_TRANSFER_SENT", "marac-case", caseId).because("to area " + to.get().id()
                + ", transfer " + id));
        return transfers.find(id).orElseThrow();
    }

    /**
     * The receiving coordinator accepts the transfer, in one transaction: a new case in their area, listed at its
     * next meeting with space and marked as a transfer in; the sending area's case, if not yet heard, becomes
     * transferred; the original MARAC referral is completed.
     */
    @PreAuthorize(MaracAgenda.COORDINATES)
    @Transactional
    public MaracCase accept(long transferId) {
        Transfer transfer = transfers.lock(transferId).orElseThrow(() -> new RecordNotFound("transfer", transferId));
        MaracArea to = areas.find(transfer.toAreaId()).orElseThrow();
        coordination.requireCoordinator(to, "transfer", transferId);
        if (transfer.status() != Transfer.Status.SENT) {
            throw InvalidRequest.of("transfer", "This transfer has already been accepted");
        }
        MaracCase old = cases.lock(transfer.caseId()).orElseThrow();
        if (old.status() == MaracCase.Status.WITHDRAWN || old.status() == MaracCase.Status.TRANSFERRED) {
            throw InvalidRequest.of("transfer", "The sending MARAC has since closed this case as " + old.status().label().toLowerCase());
        }
        if (cases.transferredOn(old.id())) {
            throw InvalidRequest.of("transfer", ALREADY_SENT_ON);
        }
        Optional<Meeting> meeting = listing.nextWithSpace(to);
        long newId;
        try {
            newId = cases.insert(new CaseStore.NewCase(to.id(), meeting.map(Meeting::id).orElse(null), old.victimId(),
                    old.victimName(), old.perpetratorIds(), null, old.referredAt(), old.referringAgency(), old.riskLevel(),
                    old.children(), old.victimSex(), old.victimAge(), old.victimBme(), old.victimLgbt(),
                    old.victimDisability(), old.repeatOf(), old.id(), clock.instant())).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("transfer", ALREADY_SENT_ON);
        }
        if (old.status() != MaracCase.Status.HEARD) {
            Coordination.saved(cases.markTransferred(old.id(), old.version()));
        }
        transfers.accept(transferId, newId, clock.instant(), me());
        if (old.referralId() != null) {
            referrals.completedByService(old.referralId(), me(), "Transferred to the " + to.name());
        }
        audit.record(AuditEvent.of("MARAC_TRANSFER_ACCEPTED", "marac-case", old.id()).because("transfer " + transferId
                + " to case " + newId));
        audit.record(AuditEvent.of("MARAC_CASE_LISTED", "marac-case", newId).because("transfer in from case " + old.id()
                + meeting.map(m -> ", meeting " + m.id()).orElse(", waiting: no meeting with space")));
        return cases.find(newId).orElseThrow();
    }

    static final String ALREADY_SENT_ON = "This case has already been transferred to another MARAC: send on the case "
            + "there, not this one";

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
