package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguard.access.Agency;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.rules.ActionPlan;
import org.safeguard.marac.rules.NeedToKnow;
import org.safeguard.marac.store.ActionStore;
import org.safeguard.marac.store.HearingStore;
import org.safeguard.marac.store.ReaderStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.NewTask;
import org.safeguard.safeguarding.TaskCompleted;
import org.safeguard.safeguarding.VictimCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's hearing at MARAC: the IDVA's account for the victim, the case's minutes and its action plan. Each action
 * has an owner agency, a named owner, a due date and a status, and is a task on the owner's board (safeguarding)
 * made in the same transaction; the owner marking the task done marks the action done ({@code ActionEvents}), and
 * cancelling the action cancels the task. The chair and the coordinator see the area's overdue actions before the
 * next meeting. The coordinator or the chair writes the hearing; reading it is need to know ({@link MaracReaders})
 * and audited.
 */
@Service
public class MaracHearings {

    static final int MAX_CASE_MINUTES = 20000;
    private static final int MAX_SUMMARY = 4000;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_OUTCOME = 2000;
    private static final int MAX_TASK_TITLE = 300;
    private static final String TASK_TITLE = "MARAC action: ";
    private static final String TASK_CANCELLED = "The MARAC cancelled this action: ";
    /** A closed case is not reopened: safeguarding opens a new one when an incident is recorded for the victim. */
    public static final String NO_OPEN_CASE = " has no open safeguarding case, so the action cannot go on the owner's "
            + "board and nothing has been saved. A closed case is not reopened: a new one opens when an incident is "
            + "recorded for the victim. Ask a police supervisor or the DA specialist about the victim's case.";

    private final HearingStore hearings;
    private final ActionStore actions;
    private final ReaderStore areas;
    private final MaracReaders readers;
    private final Cases cases;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    MaracHearings(HearingStore hearings, ActionStore actions, ReaderStore areas, MaracReaders readers, Cases cases,
                  StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.hearings = hearings;
        this.actions = actions;
        this.areas = areas;
        this.readers = readers;
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The hearing: the case, the meeting's general minutes, the action plan; whether the user may write them. */
    public record Hearing(CaseAtMeeting heard, String meetingMinutes, List<MaracAction> actions, List<Agency> agencies,
                          boolean mayWrite, Instant now) {
    }

    /** The open actions of an area's cases that are past their due time, oldest due first. */
    public record OverdueActions(long areaId, String areaName, List<MaracAction> actions, Map<String, String> agencyNames) {
    }

    /** A MARAC the signed-in user coordinates or chairs. */
    public record AreaRun(long id, String name) {
    }

    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public Hearing hearing(long caseId) {
        CaseAtMeeting heard = caseAt(caseId);
        readers.requireCase(caseId);
        audit.record(AuditEvent.of("MARAC_MINUTES_VIEWED", "marac-case", caseId));
        return new Hearing(heard, meetingMinutesFor(heard), actions.forCase(caseId), staff.agencies(),
                heard.atAMeeting() && circleOf(heard).runBy(me()), clock.instant());
    }

    /** The coordinator or chair records the IDVA's account for the victim and the case's minutes. */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public Hearing recordHearing(long caseId, int version, String idvaSummary, String caseMinutes) {
        CaseAtMeeting heard = caseAt(caseId);
        readers.requireRunBy(circleOf(heard), "marac-case", caseId, "write the hearing");
        requireAtAMeeting(heard, "idvaSummary");
        String summary = MaracMeetings.blankToNull(idvaSummary);
        String minutes = MaracMeetings.blankToNull(caseMinutes);
        new InvalidRequest.Check()
                .require(summary != null || minutes != null, "idvaSummary",
                        "Write what the IDVA said for the victim, or the case's minutes")
                .require(summary == null || summary.length() <= MAX_SUMMARY, "idvaSummary",
                        "The IDVA's account must be 4,000 characters or fewer")
                .require(minutes == null || minutes.length() <= MAX_CASE_MINUTES, "caseMinutes",
                        "The case's minutes must be 20,000 characters or fewer")
                .throwIfAny();
        if (!hearings.recordHearing(caseId, version, summary, minutes)) {
            throw new ConcurrentEdit("This case's hearing");
        }
        audit.record(AuditEvent.of("MARAC_HEARING_RECORDED", "marac-case", caseId));
        return hearing(caseId);
    }

    /**
     * Adds an action to the case's plan and, in the same transaction, a MARAC_ACTION task on the owner's board in the
     * victim's open case, due at 17:00 on the due date. Nothing is saved if any of it is refused.
     */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public MaracAction addAction(long caseId, NewMaracAction typed) {
        CaseAtMeeting heard = caseAt(caseId);
        readers.requireRunBy(circleOf(heard), "marac-case", caseId, "agree the action plan");
        requireAtAMeeting(heard, "description");
        String description = MaracMeetings.blankToNull(typed.description());
        String agency = MaracMeetings.blankToNull(typed.ownerAgency());
        String owner = MaracMeetings.blankToNull(typed.owner());
        Optional<Agency> ownerAgency = staff.agencies().stream().filter(a -> a.code().equals(agency)).findFirst();
        Optional<StaffAccount> account = staff.accountByUsername(owner).filter(StaffAccount::enabled);
        Instant now = clock.instant();
        new InvalidRequest.Check()
                .require(description != null, "description", "Say what has to be done")
                .require(description == null || description.length() <= MAX_DESCRIPTION, "description",
                        "The action must be 1,000 characters or fewer")
                .require(agency != null, "ownerAgency", "Choose the agency that owns the action")
                .require(agency == null || ownerAgency.isPresent(), "ownerAgency", "Choose an agency from the list")
                .require(owner != null, "owner", "Enter the username of the named person who owns the action")
                .require(owner == null || account.isPresent(), "owner", "There is no member of staff with the username " + owner)
                .require(account.isEmpty() || ownerAgency.isEmpty() || account.get().agencyId() == ownerAgency.get().id(),
                        "owner", owner + " does not work for " + ownerAgency.map(Agency::name).orElse("that agency"))
                .require(typed.dueOn() != null, "dueOn", "Enter the date the action is due, like 24/11/2026")
                .require(typed.dueOn() == null || ActionPlan.dueDateAllowed(typed.dueOn(), now), "dueOn",
                        "The due date must be today or later")
                .throwIfAny();
        VictimCase victimCase = cases.openCaseOf(heard.victimId()).orElseThrow(() -> InvalidRequest.of("description",
                heard.victimName() + NO_OPEN_CASE));
        CaseTask task = cases.addTask(victimCase.id(), new NewTask(CaseTask.Kind.MARAC_ACTION.name(),
                taskTitle(description), account.get().username(), ActionPlan.dueAt(typed.dueOn())));
        long id = actions.insert(caseId, new NewMaracAction(description, agency, account.get().username(), typed.dueOn()),
                task.id(), me(), now);
        audit.record(AuditEvent.of("MARAC_ACTION_AGREED", "marac-case", caseId));
        return actions.find(id).orElseThrow();
    }

    /**
     * The coordinator or chair marks an action done. The owner's task stays on their board until they close it there:
     * safeguarding lets only a task's owner, the SPOC, a supervisor or a specialist mark a task done.
     */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public MaracAction markActionDone(long actionId, int version, String outcome) {
        return end(actionId, version, outcome, MaracAction.Status.DONE, "MARAC_ACTION_DONE", "Say what was done");
    }

    /**
     * The coordinator or chair cancels an action and, in the same transaction, its task on the owner's board (with the
     * reason), so the owner stops working on it. A task the owner has already closed is left as it is.
     */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public MaracAction cancelAction(long actionId, int version, String reason) {
        MaracAction cancelled = end(actionId, version, reason, MaracAction.Status.CANCELLED, "MARAC_ACTION_CANCELLED",
                "Say why the action is cancelled");
        if (cancelled.taskId() != null) {
            cases.cancelTask(cancelled.taskId(), truncate(TASK_CANCELLED + cancelled.outcome(), MAX_OUTCOME));
        }
        return cancelled;
    }

    /** For the chair and the coordinator before the next meeting: the area's open actions past their due time. */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional
    public OverdueActions overdueActions(long areaId) {
        String name = hearings.areaName(areaId).orElseThrow(() -> new RecordNotFound("MARAC area", areaId));
        readers.requireRunBy(readers.circle(areaId, null), "marac-area", areaId, "see its overdue actions");
        List<MaracAction> overdue = actions.openDueBy(areaId, ActionPlan.lastOverdueDay(clock.instant()), 500);
        audit.record(AuditEvent.of("MARAC_ACTIONS_OVERDUE_VIEWED", "marac-area", areaId));
        return new OverdueActions(areaId, name, overdue, staff.agencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a)));
    }

    /** The MARACs the signed-in user coordinates or chairs. */
    @PreAuthorize(MaracMeetings.WORKS_MARAC)
    @Transactional(readOnly = true)
    public List<AreaRun> areasIRun() {
        return areas.areasRunBy(me()).stream().map(a -> new AreaRun(a.id(), a.name())).toList();
    }

    /** The owner finished the task on their board: its action is done with their outcome (once, however often told). */
    @Transactional
    void taskCompleted(TaskCompleted completed) {
        if (completed.kind() != CaseTask.Kind.MARAC_ACTION) {
            return;
        }
        actions.doneByTask(completed.taskId(), truncate(completed.outcome(), MAX_OUTCOME), completed.doneAt())
                .ifPresent(actionId -> audit.record(AuditEvent.of("MARAC_ACTION_DONE", "marac-action", actionId)
                        .because("task " + completed.taskId() + " done on the owner's board")));
    }

    // ---- Inside

    private MaracAction end(long actionId, int version, String words, MaracAction.Status status, String auditAction,
                            String missing) {
        MaracAction action = actions.find(actionId).orElseThrow(() -> new RecordNotFound("MARAC action", actionId));
        readers.requireRunBy(circleOf(caseAt(action.caseId())), "marac-action", actionId, "change the action plan");
        String text = MaracMeetings.blankToNull(words);
        new InvalidRequest.Check()
                .require(text != null, "outcome", missing)
                .require(text == null || text.length() <= MAX_OUTCOME, "outcome", "This must be 2,000 characters or fewer")
                .throwIfAny();
        if (!actions.end(actionId, version, status, text, clock.instant())) {
            throw new ConcurrentEdit("This action");
        }
        audit.record(AuditEvent.of(auditAction, "marac-action", actionId));
        return actions.find(actionId).orElseThrow();
    }

    /**
     * The meeting's general minutes cover every victim heard there, so only the meeting's circle reads them: a case's
     * own readers (the victim's IDVA and SPOC, a receiving MARAC) see only the case. A view is audited on the meeting.
     */
    private String meetingMinutesFor(CaseAtMeeting heard) {
        if (heard.meetingId() == null || !readers.mayReadMeeting(heard.meetingId())) {
            return null;
        }
        String minutes = hearings.meeting(heard.meetingId()).map(HearingStore.MeetingMinutes::minutes).orElse(null);
        if (minutes != null) {
            audit.record(AuditEvent.of("MARAC_MINUTES_VIEWED", "marac-meeting", heard.meetingId()));
        }
        return minutes;
    }

    private void requireAtAMeeting(CaseAtMeeting heard, String field) {
        if (!heard.atAMeeting()) {
            throw InvalidRequest.of(field, "This case is not listed or heard at a meeting: its hearing and action plan "
                    + "are written at the meeting");
        }
    }

    private NeedToKnow.Circle circleOf(CaseAtMeeting heard) {
        return readers.circle(heard.areaId(), heard.meetingId());
    }

    private CaseAtMeeting caseAt(long caseId) {
        return hearings.caseAtMeeting(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
    }

    private static String taskTitle(String description) {
        return truncate(TASK_TITLE + description, MAX_TASK_TITLE);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
