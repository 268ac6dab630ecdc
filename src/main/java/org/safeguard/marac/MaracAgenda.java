package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of each MARAC meeting and the coordinator's work on it: the home page of their areas, moving a case
 * to another meeting (never past its capacity, never to one already held), placing a case from an area no MARAC
 * covers, marking a case urgent (a task for the victim's SPOC to make the interim safety plan before the
 * meeting), the interim plan, the equality fields and withdrawing (transfers: {@link MaracTransfers}). Only the area's
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
    private final Coordination coordination;
    private final Cases victimCases;
    private final Referrals referrals;
    private final WorkingDays workingDays;
    private final AgendaSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrintedPeople printed;

    MaracAgenda(AreaStore areas, MeetingStore meetings, CaseStore cases, TransferStore transfers, Listing listing,
                MaracReaders readers, Coordination coordination, Cases victimCases, Referrals referrals, WorkingDays workingDays,
                AgendaSettings settings, AuditTrail audit, Clock clock, PrintedPeople printed) {
        this.printed = printed;
        this.areas = areas;
        this.meetings = meetings;
        this.cases = cases;
        this.transfers = transfers;
        this.listing = listing;
        this.readers = readers;
        this.coordination = coordination;
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

    /**
     * A meeting's agenda: its area and the cases listed, urgent first; the victims shown as "Restricted record" to
     * this reader ({@code unnamed}) and those whose address is confidential ({@code addressWithheld}).
     */
    public record Agenda(Meeting meeting, MaracArea area, List<MaracCase> cases, Set<Long> unnamed,
                         Set<Long> addressWithheld) {

        public Agenda {
            unnamed = Set.copyOf(unnamed);
            addressWithheld = Set.copyOf(addressWithheld);
        }

        /** The victim's name as this reader may see it. */
        public String victimName(MaracCase c) {
            return unnamed.contains(c.victimId()) ? PrintedPeople.RESTRICTED : c.victimName();
        }
    }

    /**
     * A case with what its page shows: where it was withdrawn and why, its transfers (and whether it has already
     * gone on to another MARAC, so cannot be sent again), and, for its coordinator, the meetings it may move to and
     * the areas it may be placed in or sent to.
     */
    public record CaseFile(MaracCase maracCase, Optional<MaracArea> area, String withdrawnReason, String withdrawnBy,
                           Instant withdrawnAt, List<Transfer> transfers, boolean sentOn, boolean coordinates,
                           List<Meeting> meetings, List<MaracArea> otherAreas) {
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
        PrintedPeople.Withheld withheld = printed.of(listed.stream().map(MaracCase::victimId).toList(), List.of());
        audit.record(AuditEvent.of("MARAC_AGENDA_VIEWED", "marac-meeting", meetingId).because("cases " + caseIds(listed)));
        return new Agenda(meeting, areas.find(meeting.areaId()).orElseThrow(), listed, withheld.unnamed(),
                withheld.confidentialAddress());
    }

    /** The case, for its need-to-know circle and those of the MARACs it was later transferred to, and the victim's IDVA and SPOC. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CaseFile maracCase(long caseId) {
        MaracCase found = cases.find(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        readers.requireCase(caseId);
        audit.record(AuditEvent.of("MARAC_CASE_VIEWED", "marac-case", caseId));
        Optional<MaracArea> area = found.areaId() == null ? Optional.empty() : areas.find(found.areaId());
        boolean coordinates = mayCoordinate(area);
        Optional<CaseStore.Withdrawal> withdrawal = cases.withdrawal(caseId);
        return new CaseFile(found, area, withdrawal.map(CaseStore.Withdrawal::reason).orElse(null),
                withdrawal.map(CaseStore.Withdrawal::by).orElse(null), withdrawal.map(CaseStore.Withdrawal::at).orElse(null),
                transfers.ofCase(caseId), cases.transferredOn(caseId), coordinates,
                coordinates && area.isPresent() ? listing.upcoming(area.get(), 3) : List.of(),
                coordinates ? areas.all().stream().filter(a -> !Long.valueOf(a.id()).equals(found.areaId())).toList()
                        : List.of());
    }

    /** The MARAC case made from the referral (the page that opens it applies need to know); not found when none was. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long caseOfReferral(long referralId) {
        return cases.caseOfReferral(referralId).orElseThrow(() -> new RecordNotFound("MARAC case for referral", referralId));
    }

    /** Moves the case to another meeting of its area: refused when that meeting is full or already held. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase move(long caseId, Long meetingId, int version) {
        MaracCase c = coordination.lockedAt(caseId, version);
        MaracArea area = coordination.coordinatedArea(c);
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
        Coordination.saved(cases.list(caseId, version, area.id(), target.id()));
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
        MaracCase c = coordination.lockedAt(caseId, version);
        if (c.status() != MaracCase.Status.WAITING) {
            throw InvalidRequest.of("areaId", "Only a case waiting for a meeting can be placed");
        }
        MaracArea area = areaId == null ? null : areas.find(areaId).orElse(null);
        new InvalidRequest.Check().require(area != null, "areaId", "Choose the MARAC area").throwIfAny();
        if (c.areaId() != null) {
            coordination.coordinatedArea(c);
            if (c.areaId() != area.id()) {
                throw InvalidRequest.of("areaId", "This case belongs to the " + c.areaName() + ": send it as a transfer");
            }
        }
        Optional<Meeting> meeting = listing.nextWithSpace(area);
        Coordination.saved(cases.list(caseId, version, area.id(), meeting.map(Meeting::id).orElse(null)));
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
        MaracCase c = coordination.lockedAt(caseId, version);
        coordination.coordinatedArea(c);
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
        Coordination.saved(cases.markUrgent(caseId, version, taskId));
        audit.record(AuditEvent.of("MARAC_CASE_URGENT", "marac-case", caseId)
                .because(taskId == null ? "no open case to task" : "interim plan task " + taskId));
        return victimCase.map(vc -> vc.spoc().username());
    }

    /** Records the urgent case's interim safety plan: by the victim's SPOC, their IDVA, or the area's coordinator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MaracCase recordInterimPlan(long caseId, String plan, int version) {
        MaracCase c = coordination.lockedAt(caseId, version);
        String me = me();
        boolean allowed = mayCoordinate(c.areaId() == null ? Optional.empty() : areas.find(c.areaId()))
                || victimCases.spocOf(c.victimId()).filter(me::equals).isPresent()
                || referrals.assignedWorker(c.victimId(), ServiceKind.IDVA).filter(me::equals).isPresent();
        if (!allowed) {
            readers.refuse("marac-case", caseId, "interim plan",
                    "Only the victim's SPOC or IDVA, or the MARAC's coordinator, may record the interim plan");
        }
        new InvalidRequest.Check()
                .require(plan != null && !plan.isBlank(), "interimPlan", "Say what the interim safety plan is")
                .require(plan == null || plan.strip().length() <= MAX_TEXT, "interimPlan", "The plan must be 4,000 characters or fewer")
                .throwIfAny();
        requireOpen(c, "given an interim plan");
        Coordination.saved(cases.recordInterimPlan(caseId, version, plan.strip(), me, clock.instant()));
        audit.record(AuditEvent.of("MARAC_INTERIM_PLAN_RECORDED", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** The equality fields as the referral form recorded them (null: not recorded), for the quarterly return. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase recordEquality(long caseId, Boolean bme, Boolean lgbt, Boolean disability, int version) {
        MaracCase c = coordination.lockedAt(caseId, version);
        coordination.coordinatedArea(c);
        Coordination.saved(cases.recordEquality(caseId, version, bme, lgbt, disability));
        audit.record(AuditEvent.of("MARAC_EQUALITY_RECORDED", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** Withdraws a waiting or listed case, with the reason; its place at the meeting is freed. */
    @PreAuthorize(COORDINATES)
    @Transactional
    public MaracCase withdraw(long caseId, String reason, int version) {
        MaracCase c = coordination.lockedAt(caseId, version);
        coordination.coordinatedArea(c);
        new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "withdrawnReason", "Say why the case is withdrawn")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "withdrawnReason",
                        "The reason must be 1,000 characters or fewer")
                .throwIfAny();
        requireOpen(c, "withdrawn");
        Coordination.saved(cases.withdraw(caseId, version, reason.strip(), me(), clock.instant()));
        if (c.referralId() != null) {
            referrals.completedByService(c.referralId(), me(), "Withdrawn from MARAC: " + reason.strip());
        }
        audit.record(AuditEvent.of("MARAC_CASE_WITHDRAWN", "marac-case", caseId));
        return cases.find(caseId).orElseThrow();
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

    private static String caseIds(List<MaracCase> list) {
        return list.stream().sorted(Comparator.comparingLong(MaracCase::id)).map(c -> String.valueOf(c.id()))
                .collect(Collectors.joining(","));
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
