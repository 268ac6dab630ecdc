package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.directory.ServiceKind;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.marac.store.MeetingStore;
import org.safeguard.marac.store.TransferStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.referral.Referrals;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.NewTask;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.safeguarding.rules.WorkingDays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of each MARAC meeting and the coordinator's work on it: the home page of their areas, moving a case
 * to another meeting (never past its capacity, never to one already held), placing a case from an area no MARAC
 * covers, marking a case urgent (a task for the victim's SPOC to make the interim safety plan before the
 * meeting), the interim plan, the equality fields, withdrawing, and transfers between areas. Only the area's
 * coordinator changes its cases; the agenda and a case are read only by the MARAC's need-to-know circle
 * ({@link MaracReaders}), every view audited.
 */
@Service
public class MaracAgenda {

    static final String COORDINATES = "hasRole('MARAC_COORDINATOR')";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_REASON = 1000;
    private static final int UPCOMING = 20;

    private final AreaStore areas;
    private final MeetingStore meetings;
    private final CaseStore cases;
    private final TransferStore transfers;
    private final Listing listing;
    private final MaracReaders readers;
    private final Cases victimCases;
    private final Referrals referrals;
    private final WorkingDays workingDays;
    private final AgendaSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    MaracAgenda(AreaStore areas, MeetingStore meetings, CaseStore cases, TransferStore transfers, Listing listing,
                MaracReaders readers, Cases victimCases, Referrals referrals, WorkingDays workingDays,
                AgendaSettings settings, AuditTrail audit, Clock clock) {
        this.areas = areas;
        this.meetings = meetings;
        this.cases = cases;
        this.transfers = transfers;
        this.listing = listing;
        this.readers = readers;
        this.victimCases = victimCases;
        this.referrals = referrals;
        this.workingDays = workingDays;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A coordinator's areas, their coming meetings, the cases waiting for a place, and transfers to accept. */
    public record Home(List<MaracArea> areas, List<Meeting> upcoming, List<MaracCase> waiting, List<MaracCase> unplaced,
                       List<Transfer> incoming) {
    }

    /** A meeting's agenda: its area and the cases listed, urgent first. */
    public record Agenda(Meeting meeting, MaracArea area, List<MaracCase> cases) {
    }

    /**
     * A case with what its page shows: where it was withdrawn and why, its transfers, and, for its coordinator, the
     * meetings it may move to and the areas it may be placed in or sent to.
     */
    public record CaseFile(MaracCase maracCase, Optional<MaracArea> area, String withdrawnReason, String withdrawnBy,
                           Instant withdrawnAt, List<Transfer> transfers, boolean coordinates, List<Meeting> meetings,
                           List<MaracArea> otherAreas) {
    }

    @PreAuthorize(COORDINATES)
    @Transactional
    public Home home() {
        List<MaracArea> mine = areas.coordinatedBy(me());
        List<Long> ids = mine.stream().map(MaracArea::id).toList();
        Home home = new Home(mine, meetings.from(ids, clock.instant(), UPCOMING), cases.waitingIn(ids), cases.unplaced(100),
                transfers.waitingFor(ids));
        audit.record(AuditEvent.of("MARAC_HOME_VIEWED", "marac-case", null).because("cases waiting: "
                + caseIds(home.waiting()) + "; unplaced: " + caseIds(home.unplaced()) + "; transfers: "
                + home.incoming().stream().map(t -> String.valueOf(t.caseId())).collect(Collectors.joining(","))));
        return home;
    }

    /** The meeting's agenda, for its need-to-know circle only (anyone else is refused, and that is audited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Agenda agenda(long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new RecordNotFound("meeting", meetingId));
        readers.requireMeeting(meetingId);
        List<MaracCase> listed = cases.onAgenda(meetingId);
        audit.record(AuditEvent.of("MARAC_AGENDA_VIEWED", "marac-meeting", meetingId).because("cases " + caseIds(listed)));
        return new Agenda(meeting, areas.find(meeting.areaId()).orElseThrow(), listed);
    }

    /** The case, for the need-to-know circle of every area it passed through, and the victim's IDVA and SPOC. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CaseFile maracCase(long caseId) {
        MaracCase found = cases.find(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        if (!(found.areaId() == null && SignedInStaff.current().holds(org.safeguard.access.Role.MARAC_COORDINATOR))) {
            readers.requireCase(caseId);
        }
        audit.record(AuditEvent.of("MARAC_CASE_VIEWED", "marac-case", caseId));
        Optional<MaracArea> area = found.areaId() == null ? Optional.empty() : areas.find(found.areaId());
        boolean coordinates = mayCoordinate(area);
        Optional<CaseStore.Withdrawal> withdrawal = cases.withdrawal(caseId);
        return new CaseFile(found, area, withdrawal.map(CaseStore.Withdrawal::reason).orElse(null),
                withdrawal.map(CaseStore.Withdrawal::by).orElse(null), withdrawal.map(CaseStore.Withdrawal::at).orElse(null),
                transfers.ofCase(caseId), coordinates,
                coordinates && area.isPresent() ? listing.upcoming(area.get(), 3) : List.of(),
                coordinates ? areas.all().stream().filter(a -> !Long.valueOf(a.id()).equals(found.areaId())).toList()
                        : List.of());
    }

    /** Moves the case to another meeting of its area: refused when that meeting is full or already held. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase move(long caseId, Long meetingId, int version) {
        MaracCase c = lockedAt(caseId, version);
        MaracArea area = coordinatedArea(c);
        requireOpen(c, "moved");
        Meeting target = meetingId == null ? null : meetings.lock(meetingId).filter(m -> m.areaId() == area.id()).orElse(null);
        new InvalidRequest.Check()
                .require(target != null, "meetingId", "Choose a meeting of the " + area.name())
                .throwIfAny();
        new InvalidRequest.Check()
                .require(target.status() == Meeting.Status.SCHEDULED && target.heldAt().isAfter(clock.instant()), "meetingId",
                        "That meeting has already been held: choose a later one")
                .require(!Long.valueOf(target.id()).equals(c.meetingId()), "meetingId",
                        "The case is already listed at that meeting")
                .throwIfAny();
        if (target.full()) {
            throw InvalidRequest.of("meetingId", "That meeting is full: " + target.listed() + " of " + target.capacity() + " cases");
        }
        save(cases.list(caseId, version, area.id(), target.id()));
        audit.record(AuditEvent.of("MARAC_CASE_MOVED", "marac-case", caseId).because("to meeting " + target.id()));
        return cases.find(caseId).orElseThrow();
    }

    /**
     * Places a waiting case in an area (any coordinator may place a case from an area no MARAC covers), at that
     * area's next meeting with space; it stays waiting when none has space.
     */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase place(long caseId, Long areaId, int version) {
        MaracCase c = lockedAt(caseId, version);
        if (c.status() != MaracCase.Status.WAITING) {
            throw InvalidRequest.of("areaId", "Only a case waiting for a meeting can be placed");
        }
        MaracArea area = areaId == null ? null : areas.find(areaId).orElse(null);
        new InvalidRequest.Check().require(area != null, "areaId", "Choose the MARAC area").throwIfAny();
        if (c.areaId() != null) {
            coordinatedArea(c);
            if (c.areaId() != area.id()) {
                throw InvalidRequest.of("areaId", "This case belongs to the " + c.areaName() + ": send it as a transfer");
            }
        }
        Optional<Meeting> meeting = listing.nextWithSpace(area);
        save(cases.list(caseId, version, area.id(), meeting.map(Meeting::id).orElse(null)));
        if (c.referralId() != null) {
            referrals.takenOnByService(c.referralId(), me(), area.coordinator(), "Placed with the " + area.name());
        }
        audit.record(AuditEvent.of("MARAC_CASE_PLACED", "marac-case", caseId).because("area " + area.id()
                + meeting.map(m -> ", meeting " + m.id()).orElse(", waiting: no meeting with space")));
        return cases.find(caseId).orElseThrow();
    }

    /**
     * Marks the case urgent: the victim's SPOC gets a task to make an interim safety plan within the working days
     * set (and before the meeting). Returns the task's owner, empty when the victim has no open case to task.
     */
    @PreAuthorize(COORDINATES)
    @Transactional
    public Optional<String> markUrgent(long caseId, int version) {
        MaracCase c = lockedAt(caseId, version);
        coordinatedArea(c);
        requireOpen(c, "marked urgent");
        if (c.urgent()) {
            throw InvalidRequest.of("urgent", "This case is already urgent");
        }
        Optional<VictimCase> victimCase = victimCases.openCaseOf(c.victimId());
        Instant due = workingDays.plus(clock.instant(), settings.interimPlanWorkingDays());
        if (c.meetingAt() != null && c.meetingAt().isBefore(due)) {
            due = c.meetingAt();
        }
        Instant dueAt = due;
        Long taskId = victimCase.map(vc -> victimCases.addTask(vc.id(), new NewTask("SAFETY_PLAN",
                "Interim safety plan: urgent MARAC case " + caseId, vc.spoc().username(), dueAt)).id()).orElse(null);
        save(cases.markUrgent(caseId, version, taskId));
        audit.record(AuditEvent.of("MARAC_CASE_URGENT", "marac-case", caseId)
                .because(taskId == null ? "no open case to task" : "interim plan task " + taskId));
        return victimCase.map(vc -> vc.spoc().username());
    }

    /** Records the urgent case's interim safety plan: by the victim's SPOC, their IDVA, or the area's coordinator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MaracCase recordInterimPlan(long caseId, String plan, int version) {
        MaracCase c = lockedAt(caseId, version);
        String me = me();
        boolean allowed = mayCoordinate(c.areaId() == null ? Optional.empty() : areas.find(c.areaId()))
                || victimCases.spocOf(c.victimId()).filter(me::equals).isPresent()
                || referrals.assignedWorker(c.victimId(), ServiceKind.IDVA).filter(me::equals).isPresent();
        if (!allowed) {
            audit.record(AuditEvent.of("MARAC_ACCESS_REFUSED", "marac-case", caseId).because("interim plan"));
            throw new AccessDeniedException("Only the victim's SPOC or IDVA, or the MARAC's coordinator, may record the interim plan");
        }
        new InvalidRequest.Check()
                .require(plan != null && !plan.isBlank(), "interimPlan", "Say what the interim safety plan is")
                .require(plan == null || plan.strip().length() <= MAX_TEXT, "interimPlan", "The plan must be 4,000 characters or fewer")
                .throwIfAny();
        requireOpen(c, "given an interim plan");
        save(cases.recordInterimPlan(caseId, version, plan.strip(), me, clock.instant()));
        audit.record(AuditEvent.of("MARAC_INTERIM_PLAN_RECORDED", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** The equality fields as the referral form recorded them (null: not recorded), for the quarterly return. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase recordEquality(long caseId, Boolean bme, Boolean lgbt, Boolean disability, int version) {
        MaracCase c = lockedAt(caseId, version);
        coordinatedArea(c);
        save(cases.recordEquality(caseId, version, bme, lgbt, disability));
        audit.record(AuditEvent.of("MARAC_EQUALITY_RECORDED", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** Withdraws a waiting or listed case, with the reason; its place at the meeting is freed. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase withdraw(long caseId, String reason, int version) {
        MaracCase c = lockedAt(caseId, version);
        coordinatedArea(c);
        new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "withdrawnReason", "Say why the case is withdrawn")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "withdrawnReason",
                        "The reason must be 1,000 characters or fewer")
                .throwIfAny();
        requireOpen(c, "withdrawn");
        save(cases.withdraw(caseId, version, reason.strip(), me(), clock.instant()));
        if (c.referralId() != null) {
            referrals.completedByService(c.referralId(), me(), "Withdrawn from MARAC: " + reason.strip());
        }
        audit.record(AuditEvent.of("MARAC_CASE_WITHDRAWN", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** Sends the case to another area's MARAC (the victim moved), with the reason; that area's coordinator accepts it. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public Transfer sendTransfer(long caseId, String toArea, String reason, int version) {
        MaracCase c = lockedAt(caseId, version);
        MaracArea from = coordinatedArea(c);
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
        long id = transfers.insert(caseId, from.id(), to.get().id(), reason.strip(), clock.instant(), me())
                .orElseThrow(() -> InvalidRequest.of("toArea", "This case has already been sent and is waiting to be accepted"));
        audit.record(AuditEvent.of("MARAC_TRANSFER_SENT", "marac-case", caseId).because("to area " + to.get().id()
                + ", transfer " + id));
        return transfers.find(id).orElseThrow();
    }

    /**
     * The receiving coordinator accepts the transfer, in one transaction: a new case in their area, listed at its
     * next meeting with space and marked as a transfer in; the sending area's case, if not yet heard, becomes
     * transferred. The receiving circle then reads the earlier case's minutes and actions ({@link MaracReaders}).
     */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase acceptTransfer(long transferId) {
        Transfer transfer = transfers.lock(transferId).orElseThrow(() -> new RecordNotFound("transfer", transferId));
        MaracArea to = areas.find(transfer.toAreaId()).orElseThrow();
        requireCoordinator(to, "transfer", transferId);
        if (transfer.status() != Transfer.Status.SENT) {
            throw InvalidRequest.of("transfer", "This transfer has already been accepted");
        }
        MaracCase old = cases.lock(transfer.caseId()).orElseThrow();
        if (old.status() == MaracCase.Status.WITHDRAWN || old.status() == MaracCase.Status.TRANSFERRED) {
            throw InvalidRequest.of("transfer", "The sending MARAC has since closed this case as " + old.status().label().toLowerCase());
        }
        Optional<Meeting> meeting = listing.nextWithSpace(to);
        long newId = cases.insert(new CaseStore.NewCase(to.id(), meeting.map(Meeting::id).orElse(null), old.victimId(),
                old.victimName(), old.perpetratorIds(), null, old.referredAt(), old.referringAgency(), old.riskLevel(),
                old.children(), old.victimSex(), old.victimAge(), old.victimBme(), old.victimLgbt(), old.victimDisability(),
                old.repeatOf(), old.id(), clock.instant())).orElseThrow();
        if (old.status() != MaracCase.Status.HEARD) {
            save(cases.markTransferred(old.id(), old.version()));
        }
        transfers.accept(transferId, newId, clock.instant(), me());
        audit.record(AuditEvent.of("MARAC_TRANSFER_ACCEPTED", "marac-case", old.id()).because("transfer " + transferId
                + " to case " + newId));
        audit.record(AuditEvent.of("MARAC_CASE_LISTED", "marac-case", newId).because("transfer in from case " + old.id()
                + meeting.map(m -> ", meeting " + m.id()).orElse(", waiting: no meeting with space")));
        return cases.find(newId).orElseThrow();
    }

    private MaracCase lockedAt(long caseId, int version) {
        MaracCase c = cases.lock(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        if (c.version() != version) {
            throw new ConcurrentEdit("This MARAC case");
        }
        return c;
    }

    /** The case's area, when the signed-in coordinator coordinates it; refused (and audited) otherwise. */
    private MaracArea coordinatedArea(MaracCase c) {
        if (c.areaId() == null) {
            throw InvalidRequest.of("areaId", "Place the case in a MARAC area first");
        }
        MaracArea area = areas.find(c.areaId()).orElseThrow();
        requireCoordinator(area, "marac-case", c.id());
        return area;
    }

    private void requireCoordinator(MaracArea area, String subjectType, long subjectId) {
        if (!area.coordinator().equals(me())) {
            audit.record(AuditEvent.of("MARAC_ACCESS_REFUSED", subjectType, subjectId).because("not the area's coordinator"));
            throw new AccessDeniedException("Only the coordinator of the " + area.name() + " may do this");
        }
    }

    private boolean mayCoordinate(Optional<MaracArea> area) {
        SignedInStaff staff = SignedInStaff.current();
        return staff.holds(org.safeguard.access.Role.MARAC_COORDINATOR)
                && area.map(a -> a.coordinator().equals(staff.username())).orElse(true);
    }

    private static void requireOpen(MaracCase c, String what) {
        if (c.status() != MaracCase.Status.WAITING && c.status() != MaracCase.Status.LISTED) {
            throw InvalidRequest.of("status", "This case is " + c.status().label().toLowerCase() + ": it cannot be " + what);
        }
    }

    private static void save(boolean saved) {
        if (!saved) {
            throw new ConcurrentEdit("This MARAC case");
        }
    }

    private static String caseIds(List<MaracCase> list) {
        return list.stream().sorted(Comparator.comparingLong(MaracCase::id)).map(c -> String.valueOf(c.id()))
                .collect(Collectors.joining(","));
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
