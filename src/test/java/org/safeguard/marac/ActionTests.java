package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 7, the action plan: each action has an owner agency, a named owner, a due date and a status; it becomes a
 * MARAC action task on the owner's board, and the owner finishing the task marks the action done; overdue actions
 * are listed for the chair before the next meeting. An action with no owner or due date is refused, nothing saved.
 */
@SafeguardTest
class ActionTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MaracHearings hearings;
    @Autowired
    MaracMeetings meetings;
    @Autowired
    MaracFixture fixture;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;

    private static LocalDate inDays(int days) {
        return LocalDate.now(LONDON).plusDays(days);
    }

    private long actionRows(long caseId) {
        return jdbc.sql("SELECT count(*) FROM marac.action WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    private long taskRows(long safeguardingCaseId) {
        return jdbc.sql("SELECT count(*) FROM safeguarding.task WHERE case_id = ? AND kind = 'MARAC_ACTION'")
                .param(safeguardingCaseId).query(Long.class).single();
    }

    @Test
    void anActionWithNoOwnerOrDueDateIsRefusedWithClearErrorsAndNothingIsSaved() {
        MaracFixture.Listed listed = fixture.listed();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Housing to fit a door alarm", "HOUSING", " ", null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("owner", "Enter the username of the named person who owns the action")
                        .containsEntry("dueOn", "Enter the date the action is due, like 24/11/2026"));
        assertThat(actionRows(listed.caseId())).isZero();
        assertThat(taskRows(listed.victim().victimCase().id())).isZero();
    }

    @Test
    void anActionDueInThePastOrOwnedBySomeoneOfAnotherAgencyIsRefused() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");

        assertThatThrownBy(() -> calls.as(listed.chair(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Flag the address", "HOUSING", health.username(), inDays(-1)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("owner", health.username() + " does not work for Demo District Council Housing")
                        .containsEntry("dueOn", "The due date must be today or later"));
        assertThat(actionRows(listed.caseId())).isZero();
    }

    @Test
    void anActionBecomesAMaracActionTaskOnTheOwnersBoardAndTheOwnerFinishingItMarksTheActionDone() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");

        MaracAction action = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Fit a door alarm and change the locks", "HOUSING", housing.username(), inDays(5))));

        CaseTask task = calls.as(housing.username(), () -> cases.board()).myTasks().stream()
                .filter(t -> t.id() == action.taskId()).findFirst().orElseThrow();
        assertThat(task.kind()).isEqualTo(CaseTask.Kind.MARAC_ACTION);
        assertThat(task.title()).isEqualTo("MARAC action: Fit a door alarm and change the locks");
        assertThat(task.caseId()).isEqualTo(listed.victim().victimCase().id());
        assertThat(task.dueAt()).isEqualTo(inDays(5).atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant());

        calls.as(housing.username(), () -> cases.completeTask(task.id(), task.version(), "Alarm fitted on Tuesday"));

        MaracAction done = Eventually.found(() -> calls.as(listed.coordinator(), () -> hearings.hearing(listed.caseId()))
                .actions().stream().filter(a -> a.id() == action.id() && a.status() == MaracAction.Status.DONE).findFirst());
        assertThat(done.outcome()).isEqualTo("Alarm fitted on Tuesday");
        assertThat(done.doneAt()).isNotNull();
    }

    @Test
    void theTaskCompletedEventTwiceMarksTheActionDoneOnce() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        MaracAction action = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Check on the tenancy", "HOUSING", housing.username(), inDays(2))));
        var completed = new org.safeguard.safeguarding.TaskCompleted(action.taskId(), listed.victim().victimCase().id(),
                CaseTask.Kind.MARAC_ACTION, "Done", housing.username(), java.time.Instant.now(),
                java.time.Instant.now().plusSeconds(86_400), null);

        hearings.taskCompleted(completed);
        hearings.taskCompleted(completed);

        assertThat(jdbc.sql("SELECT version FROM marac.action WHERE id = ?").param(action.id()).query(Integer.class).single())
                .isEqualTo(action.version() + 1);
    }

    @Test
    void aVictimWithNoOpenCaseCannotHoldAnActionAndNothingIsSaved() {
        MaracFixture.Listed listed = fixture.listed();
        var open = listed.victim().victimCase();
        calls.as("supervisor", () -> cases.close(open.id(), open.version(), "Moved away, support ended"));

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Strategy discussion for the children", "CHILDRENS_SERVICES", "partner", inDays(3)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.getMessage())
                        .isEqualTo(listed.victim().name() + MaracHearings.NO_OPEN_CASE));
        assertThat(actionRows(listed.caseId())).isZero();
    }

    @Test
    void overdueActionsAreListedForTheChairAndCountedForTheMaracButNotShownToOthers() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        MaracAction late = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("GP to review medication", "HEALTH", health.username(), inDays(0))));
        MaracAction notYet = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Health visitor to call", "HEALTH", health.username(), inDays(10))));
        jdbc.sql("UPDATE marac.action SET due_on = ? WHERE id = ?").params(java.sql.Date.valueOf(inDays(-3)), late.id()).update();

        MaracHearings.OverdueActions overdue = calls.as(listed.chair(), () -> hearings.overdueActions(listed.areaId()));

        assertThat(overdue.actions()).extracting(MaracAction::id).containsExactly(late.id()).doesNotContain(notYet.id());
        assertThat(calls.as(listed.coordinator(), () -> meetings.overdueActionCount(listed.areaId()))).isEqualTo(1);
        assertThatThrownBy(() -> calls.as(health.username(), () -> hearings.overdueActions(listed.areaId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCancelledActionsTaskLeavesTheOwnersBoardEvenWhenTheOtherOfChairAndCoordinatorAgreedIt() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        MaracAction action = calls.as(listed.chair(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Move her to a safer flat", "HOUSING", housing.username(), inDays(7))));
        assertThat(calls.as(housing.username(), () -> cases.board()).myTasks()).extracting(CaseTask::id)
                .contains(action.taskId());

        MaracAction cancelled = calls.as(listed.coordinator(), () -> hearings.cancelAction(action.id(), action.version(),
                "She has moved out of the area"));

        assertThat(cancelled.status()).isEqualTo(MaracAction.Status.CANCELLED);
        assertThat(calls.as(housing.username(), () -> cases.board()).myTasks()).extracting(CaseTask::id)
                .doesNotContain(action.taskId());
        assertThat(jdbc.sql("SELECT status || ' ' || done_by || ' ' || outcome FROM safeguarding.task WHERE id = ?")
                .param(action.taskId()).query(String.class).single())
                .isEqualTo("CANCELLED " + listed.coordinator() + " The MARAC cancelled this action: She has moved out of the area");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'CASE_TASK_CANCELLED' AND subject_id = ?")
                .param(Long.toString(action.taskId())).query(Long.class).single()).isEqualTo(1);
        assertThat(actionRows(listed.caseId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM marac.action WHERE id = ?").param(action.id()).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void someoneWhoNeitherMadeTheTaskNorRunsTheMaracCannotCancelAnActionsTask() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        MaracAction action = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Change the locks", "HOUSING", housing.username(), inDays(3))));

        assertThatThrownBy(() -> calls.as(housing.username(), () -> cases.cancelTask(action.taskId(), "Not mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as(housing.username(), () -> hearings.cancelAction(action.id(), action.version(),
                "Not mine"))).isInstanceOf(AccessDeniedException.class);
        assertThat(calls.as(housing.username(), () -> cases.board()).myTasks()).extracting(CaseTask::id)
                .contains(action.taskId());
    }

    @Test
    void theCoordinatorMarksAnActionDoneOrCancelsItOnTheVersionRead() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount police = fixture.account(Role.OFFICER, "POLICE");
        MaracAction first = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Flag the address for urgent response", "POLICE", police.username(), inDays(1))));
        MaracAction second = calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(),
                new NewMaracAction("Duplicate of the first", "POLICE", police.username(), inDays(1))));

        MaracAction done = calls.as(listed.coordinator(), () -> hearings.markActionDone(first.id(), first.version(), "Flag set"));
        MaracAction cancelled = calls.as(listed.chair(), () -> hearings.cancelAction(second.id(), second.version(), "Agreed twice"));

        assertThat(done.status()).isEqualTo(MaracAction.Status.DONE);
        assertThat(cancelled.status()).isEqualTo(MaracAction.Status.CANCELLED);
        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> hearings.markActionDone(first.id(), first.version(), "Again")))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(Optional.ofNullable(done.outcome())).contains("Flag set");
    }
}
