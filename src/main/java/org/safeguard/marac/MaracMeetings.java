package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.Agency;
import org.safeguard.access.AgencyKind;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.rules.ActionPlan;
import org.safeguard.marac.rules.NeedToKnow;
import org.safeguard.marac.store.ActionStore;
import org.safeguard.marac.store.AttendanceStore;
import org.safeguard.marac.store.HearingStore;
import org.safeguard.marac.store.ResearchStore;
import org.safeguard.referral.Referrals;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A MARAC meeting's own work: each agency's research on each case before the meeting, who attended, and closing the
 * meeting with its minutes (its cases are then heard). The hearing of each case and its action plan are
 * {@link MaracHearings}'. Research and minutes are need to know ({@link MaracReaders}); every view and every change
 * is audited.
 */
@Service
public class MaracMeetings {

    static final String WORKS_MARAC = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','MARAC_COORDINATOR','PARTNER')";
    public static final String NOT_ON_AN_AGENDA = "This case is not on an agenda: research can only be returned for a case "
            + "listed for a meeting";
    private static final java.time.format.DateTimeFormatter HEARD_ON = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));
    public static final String ATTENDANCE_FIXED = "This meeting has been held: its attendance can no longer be changed";
    public static final String ALREADY_CLOSED = "This meeting has already been closed: its cases have been heard";
    static final int MAX_RESEARCH = 4000;
    static final int MAX_MEETING_MINUTES = 20000;

    private final HearingStore hearings;
    private final ResearchStore research;
    private final AttendanceStore attendance;
    private final ActionStore actions;
    private final MaracReaders readers;
    private final Referrals referrals;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    MaracMeetings(HearingStore hearings, ResearchStore research, AttendanceStore attendance, ActionStore actions,
                  MaracReaders readers, Referrals referrals, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.hearings = hearings;
        this.research = research;
        this.attendance = attendance;
        this.actions = actions;
        this.readers = readers;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A case's research: every agency's return, the signed-in user's agency's own, and whether they may return it.
     * A health agency's return is health information: a reader the access policy does not show the victim's health
     * to sees only who holds it ({@code withheld}: agency code to "Health information held by …"; its text left out).
     */
    public record CaseResearch(CaseAtMeeting heard, List<String> coreAgencies, Map<String, String> agencyNames,
                               List<Research> returns, String myAgency, Research mine, boolean mayReturn,
                               Map<String, String> withheld) {
    }

    /** The meeting's research, case by case and core agency by core agency. */
    public record ResearchReturns(Meeting meeting, List<String> coreAgencies, Map<String, String> agencyNames,
                                  List<CaseReturns> cases) {

        /** The table's columns: the core agencies, then any other agency that returned research on a case. */
        public List<String> columns() {
            Set<String> columns = new java.util.LinkedHashSet<>(coreAgencies);
            cases.forEach(row -> columns.addAll(row.returned().keySet()));
            return List.copyOf(columns);
        }
    }

    /** One case's returns by agency code; the core agencies still to return. */
    public record CaseReturns(CaseAtMeeting heard, Map<String, Research> returned, List<String> missing) {

        /** "2 of 5 returned". */
        public String inWords(int core) {
            return (core - missing.size()) + " of " + core + " returned";
        }
    }

    /** Who came to the meeting: the core agencies first, recorded or not, then any other agency recorded. */
    public record MeetingAttendance(Meeting meeting, List<Attendance> agencies, List<Agency> allAgencies,
                                    boolean mayRecord) {
    }

    /** A meeting as its close sees it: the cases heard there and those without an action plan (a warning). */
    public record MeetingClosing(Meeting meeting, String minutes, Instant closedAt, String closedBy,
                                 List<CaseAtMeeting> cases, Set<Long> withoutActions, boolean mayClose) {
    }

    // ---- Research

    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public CaseResearch research(long caseId) {
        CaseAtMeeting heard = caseAt(caseId);
        AccessDecision decision = readers.requireCase(caseId);
        SignedInStaff me = SignedInStaff.current();
        Map<String, String> withheld = new LinkedHashMap<>();
        if (!decision.sees(FieldGroup.HEALTH)) {
            staff.agencies().stream()
                    .filter(a -> a.kind() == AgencyKind.HEALTH && !a.code().equals(me.agencyCode()))
                    .forEach(a -> withheld.put(a.code(), "Health information held by " + a.name()));
        }
        List<Research> returns = research.forCase(caseId).stream()
                .map(r -> withheld.containsKey(r.agencyCode()) ? new Research(r.caseId(), r.agencyCode(),
                        r.holdsInformation(), null, null, null, r.returnedBy(), r.returnedAt(), r.version()) : r)
                .toList();
        withheld.keySet().retainAll(returns.stream().map(Research::agencyCode).toList());
        audit.record(AuditEvent.of("MARAC_RESEARCH_VIEWED", "marac-case", caseId)
                .because(withheld.isEmpty() ? null : "health research withheld: " + String.join(",", withheld.keySet())));
        return new CaseResearch(heard, coreAgencies(heard), agencyNames(), returns, me.agencyCode(),
                returns.stream().filter(r -> r.agencyCode().equals(me.agencyCode())).findFirst().orElse(null),
                heard.onAnAgenda() && mayReturnResearch(heard), withheld);
    }

    /**
     * The signed-in user's agency returns (or replaces) its research on the case. Only for a case listed at a meeting
     * not yet held, and only by a representative of a core agency, the coordinator, or the victim's IDVA or SPOC.
     */
    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public Research returnResearch(long caseId, NewResearch typed) {
        CaseAtMeeting heard = caseAt(caseId);
        SignedInStaff me = SignedInStaff.current();
        // Those who may read the case are told it is not on an agenda; anyone else is only refused.
        if (!heard.onAnAgenda() && readers.mayReadCase(caseId)) {
            throw InvalidRequest.of("holdsInformation", NOT_ON_AN_AGENDA);
        }
        if (!mayReturnResearch(heard)) {
            readers.refuse("marac-case", caseId, NeedToKnow.NOT_A_RESEARCHER);
        }
        if (!heard.onAnAgenda()) {
            throw InvalidRequest.of("holdsInformation", NOT_ON_AN_AGENDA);
        }
        NewResearch clean = new NewResearch(typed.holdsInformation(), blankToNull(typed.aboutVictim()),
                blankToNull(typed.aboutChildren()), blankToNull(typed.aboutPerpetrator()), typed.version());
        new InvalidRequest.Check()
                .require(clean.holdsInformation() != null, "holdsInformation", "Say whether your agency holds information "
                        + "about the victim, the children or the perpetrator")
                .require(!Boolean.TRUE.equals(clean.holdsInformation()) || clean.aboutVictim() != null
                                || clean.aboutChildren() != null || clean.aboutPerpetrator() != null, "aboutVictim",
                        "Say what your agency holds about the victim, the children or the perpetrator")
                .require(within(clean.aboutVictim()), "aboutVictim", "What you hold about the victim must be 4,000 characters or fewer")
                .require(within(clean.aboutChildren()), "aboutChildren", "What you hold about the children must be 4,000 characters or fewer")
                .require(within(clean.aboutPerpetrator()), "aboutPerpetrator",
                        "What you hold about the perpetrator must be 4,000 characters or fewer")
                .throwIfAny();
        Instant now = clock.instant();
        boolean saved = clean.version() == null ? research.insert(caseId, me.agencyCode(), clean, me.username(), now)
                : research.replace(caseId, me.agencyCode(), clean, me.username(), now);
        if (!saved) {
            throw new ConcurrentEdit("Your agency's research on this case");
        }
        audit.record(AuditEvent.of("MARAC_RESEARCH_RETURNED", "marac-case", caseId));
        return research.forCase(caseId).stream().filter(r -> r.agencyCode().equals(me.agencyCode())).findFirst().orElseThrow();
    }

    /** For the coordinator: which core agencies have returned research on each case at the meeting, by whom and when. */
    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public ResearchReturns researchReturns(long meetingId) {
        Meeting meeting = meeting(meetingId).meeting();
        readers.requireMeeting(meetingId);
        List<String> core = hearings.coreAgencies(meeting.areaId());
        List<CaseAtMeeting> listed = hearings.casesAt(meetingId);
        Map<Long, List<Research>> byCase = research.forCases(listed.stream().map(CaseAtMeeting::caseId).toList()).stream()
                .collect(Collectors.groupingBy(Research::caseId));
        List<CaseReturns> rows = new ArrayList<>();
        for (CaseAtMeeting heard : listed) {
            Map<String, Research> returned = byCase.getOrDefault(heard.caseId(), List.of()).stream()
                    .collect(Collectors.toMap(Research::agencyCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            rows.add(new CaseReturns(heard, returned, core.stream().filter(a -> !returned.containsKey(a)).toList()));
        }
        audit.record(AuditEvent.of("MARAC_RESEARCH_RETURNS_VIEWED", "marac-meeting", meetingId));
        return new ResearchReturns(meeting, core, agencyNames(), rows);
    }

    // ---- Attendance

    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public MeetingAttendance attendance(long meetingId) {
        Meeting meeting = meeting(meetingId).meeting();
        readers.requireMeeting(meetingId);
        Map<String, NewAttendance> recorded = new LinkedHashMap<>();
        attendance.forMeeting(meetingId).forEach(line -> recorded.put(line.agencyCode(), line));
        List<String> core = hearings.coreAgencies(meeting.areaId());
        Map<String, String> names = agencyNames();
        List<Attendance> lines = new ArrayList<>();
        for (String agency : core) {
            NewAttendance line = recorded.remove(agency);
            lines.add(new Attendance(agency, names.getOrDefault(agency, agency), true,
                    line == null ? null : line.present(), line == null ? null : line.representative()));
        }
        recorded.values().forEach(line -> lines.add(new Attendance(line.agencyCode(),
                names.getOrDefault(line.agencyCode(), line.agencyCode()), false, line.present(), line.representative())));
        audit.record(AuditEvent.of("MARAC_ATTENDANCE_VIEWED", "marac-meeting", meetingId));
        return new MeetingAttendance(meeting, lines, staff.agencies(), meeting.status() == Meeting.Status.SCHEDULED
                && NeedToKnow.mayRecordAttendance(me(), readers.circle(meeting.areaId(), meetingId)));
    }

    /**
     * The coordinator records who came: for each agency, present or not and who represented it (a member of staff of
     * that agency). A new record replaces the old one whole, on the meeting's version read (two tabs must not
     * overwrite each other). Lines with nothing typed are left out. Attendance decides who reads the meeting, so it
     * is fixed once the meeting is held, and the audit names who joined and who left the circle.
     */
    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public MeetingAttendance recordAttendance(long meetingId, int version, List<NewAttendance> typed) {
        Meeting meeting = meeting(meetingId).meeting();
        if (!NeedToKnow.mayRecordAttendance(me(), readers.circle(meeting.areaId(), meetingId))) {
            readers.refuse("marac-meeting", meetingId, "Only the MARAC's coordinator can record who attended");
        }
        if (meeting.status() == Meeting.Status.HELD) {
            throw InvalidRequest.of("agency", ATTENDANCE_FIXED);
        }
        List<NewAttendance> lines = checkedAttendance(typed);
        Set<String> before = representatives(attendance.forMeeting(meetingId));
        if (!attendance.replace(meetingId, version, lines)) {
            throw new ConcurrentEdit("This meeting's attendance");
        }
        Set<String> after = representatives(lines);
        audit.record(AuditEvent.of("MARAC_ATTENDANCE_RECORDED", "marac-meeting", meetingId)
                .because("added: " + onlyIn(after, before) + "; removed: " + onlyIn(before, after)));
        return attendance(meetingId);
    }

    /** The typed lines, each agency's representative a member of its staff; every problem reported at once. */
    private List<NewAttendance> checkedAttendance(List<NewAttendance> typed) {
        Map<String, String> names = agencyNames();
        Map<Long, String> agencyCodes = staff.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::code));
        List<NewAttendance> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        InvalidRequest.Check check = new InvalidRequest.Check();
        for (NewAttendance line : typed) {
            String agency = blankToNull(line.agencyCode());
            String representative = blankToNull(line.representative());
            if (agency == null) {
                check.require(line.present() == null && representative == null, line.field("agency"),
                        "Choose the agency that attended");
                continue;
            }
            String name = names.getOrDefault(agency, agency);
            Optional<StaffAccount> account = staff.accountByUsername(representative).filter(StaffAccount::enabled);
            check.require(names.containsKey(agency), line.field("agency"), "Choose an agency from the list")
                    .require(seen.add(agency), line.field(line.otherRow() == null ? "present" : "agency"),
                            name + " is listed more than once")
                    .require(line.present() != null, line.field("present"), "Say whether " + name + " was present")
                    .require(!Boolean.TRUE.equals(line.present()) || representative != null, line.field("representative"),
                            "Enter the username of who represented " + name)
                    .require(representative == null || account.isPresent(), line.field("representative"),
                            "There is no member of staff with the username " + representative)
                    .require(account.isEmpty() || agency.equals(agencyCodes.get(account.get().agencyId())),
                            line.field("representative"), representative + " does not work for " + name);
            lines.add(new NewAttendance(agency, line.present(), account.map(StaffAccount::username).orElse(null)));
        }
        check.require(check.count() > 0 || !lines.isEmpty(), "agency", "Record at least one agency's attendance");
        check.throwIfAny();
        return lines;
    }

    private static Set<String> representatives(List<NewAttendance> lines) {
        return lines.stream().map(NewAttendance::representative).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The usernames in one set and not the other, or "nobody". */
    private static String onlyIn(Set<String> these, Set<String> notThose) {
        String names = these.stream().filter(name -> !notThose.contains(name)).collect(Collectors.joining(","));
        return names.isEmpty() ? "nobody" : names;
    }

    // ---- Closing the meeting

    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public MeetingClosing closing(long meetingId) {
        HearingStore.MeetingMinutes held = meeting(meetingId);
        readers.requireMeeting(meetingId);
        MeetingClosing closing = closingOf(held);
        // The close page names every victim listed at the meeting.
        audit.record(AuditEvent.of("MARAC_MEETING_CASES_VIEWED", "marac-meeting", meetingId)
                .because("cases " + closing.cases().stream().map(c -> Long.toString(c.caseId())).collect(Collectors.joining(","))));
        if (held.minutes() != null) {
            audit.record(AuditEvent.of("MARAC_MINUTES_VIEWED", "marac-meeting", meetingId));
        }
        return closing;
    }

    /**
     * Closes the meeting with its minutes: it is held, and every case still listed is heard at the meeting's time.
     * Cases without an action plan may be heard (the close page warns of them). A meeting closes once.
     */
    @PreAuthorize(WORKS_MARAC)
    @Transactional
    public MeetingClosing closeMeeting(long meetingId, int version, String minutes) {
        HearingStore.MeetingMinutes held = meeting(meetingId);
        Meeting meeting = held.meeting();
        readers.requireRunBy(readers.circle(meeting.areaId(), meetingId), "marac-meeting", meetingId, "close the meeting");
        if (meeting.status() == Meeting.Status.HELD) {
            throw InvalidRequest.of("minutes", ALREADY_CLOSED);
        }
        new InvalidRequest.Check()
                .require(minutes != null && !minutes.isBlank(), "minutes", "Write the meeting's minutes")
                .require(minutes == null || minutes.strip().length() <= MAX_MEETING_MINUTES, "minutes",
                        "The minutes must be 20,000 characters or fewer")
                .throwIfAny();
        if (!hearings.closeMeeting(meetingId, version, minutes.strip(), me(), clock.instant())) {
            throw new ConcurrentEdit("This meeting");
        }
        List<Long> heard = hearings.markHeard(meetingId, meeting.heldAt());
        // Each MARAC referral is done once its case is heard: a later one is a new referral (and may be a repeat).
        String note = "Heard at MARAC on " + HEARD_ON.format(meeting.heldAt());
        heard.stream().filter(referral -> referral != 0).forEach(referral -> referrals.completedByService(referral, me(), note));
        audit.record(AuditEvent.of("MARAC_MEETING_CLOSED", "marac-meeting", meetingId).because(heard.size() + " cases heard"));
        return closingOf(meeting(meetingId));
    }

    // ---- For the agenda

    /** How many of the area's MARAC actions are open past their due time (a count for the MARAC's page). */
    @PreAuthorize(WORKS_MARAC)
    @Transactional(readOnly = true)
    public long overdueActionCount(long areaId) {
        return actions.countOpenDueBy(areaId, ActionPlan.lastOverdueDay(clock.instant()));
    }

    // ---- Inside

    private boolean mayReturnResearch(CaseAtMeeting heard) {
        SignedInStaff me = SignedInStaff.current();
        MaracReaders.VictimsWorkers workers = readers.workersOf(heard.victimId());
        return NeedToKnow.mayReturnResearch(me.username(), me.agencyCode(), readers.circle(heard.areaId(), heard.meetingId()),
                Set.copyOf(coreAgencies(heard)), workers.idva(), workers.spoc());
    }

    private MeetingClosing closingOf(HearingStore.MeetingMinutes held) {
        Meeting meeting = held.meeting();
        List<CaseAtMeeting> cases = hearings.casesAt(meeting.id());
        Set<Long> withActions = Set.copyOf(actions.casesWithActions(cases.stream().map(CaseAtMeeting::caseId).toList()));
        Set<Long> without = cases.stream().map(CaseAtMeeting::caseId).filter(id -> !withActions.contains(id))
                .collect(Collectors.toSet());
        boolean mayClose = meeting.status() == Meeting.Status.SCHEDULED
                && readers.circle(meeting.areaId(), meeting.id()).runBy(me());
        return new MeetingClosing(meeting, held.minutes(), held.closedAt(), held.closedBy(), cases, without, mayClose);
    }

    private CaseAtMeeting caseAt(long caseId) {
        return hearings.caseAtMeeting(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
    }

    private HearingStore.MeetingMinutes meeting(long meetingId) {
        return hearings.meeting(meetingId).orElseThrow(() -> new RecordNotFound("meeting", meetingId));
    }

    private List<String> coreAgencies(CaseAtMeeting heard) {
        return heard.areaId() == null ? List.of() : hearings.coreAgencies(heard.areaId());
    }

    private Map<String, String> agencyNames() {
        return staff.agencies().stream().collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a, LinkedHashMap::new));
    }

    private static boolean within(String text) {
        return text == null || text.length() <= MAX_RESEARCH;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
