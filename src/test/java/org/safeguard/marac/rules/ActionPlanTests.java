package org.safeguard.marac.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Issue 7, an action's due date: due at 17:00 UK time that day, not in the past when agreed, overdue once passed. */
class ActionPlanTests {

    private static Instant london(String at) {
        return LocalDateTime.parse(at).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void anActionIsDueAt17HundredUkTimeOnItsDueDateInSummerAndWinter() {
        assertThat(ActionPlan.dueAt(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
        assertThat(ActionPlan.dueAt(LocalDate.of(2026, 12, 1))).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    }

    @Test
    void anActionMayBeDueTodayButNotYesterday() {
        Instant lateEvening = london("2026-11-26T23:30");
        assertThat(ActionPlan.dueDateAllowed(LocalDate.of(2026, 11, 26), lateEvening)).isTrue();
        assertThat(ActionPlan.dueDateAllowed(LocalDate.of(2026, 11, 25), lateEvening)).isFalse();
    }

    @Test
    void anActionDueTodayIsOverdueOnlyAfter17Hundred() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(ActionPlan.overdue(today, london("2026-11-26T16:59"))).isFalse();
        assertThat(ActionPlan.overdue(today, london("2026-11-26T17:01"))).isTrue();
        assertThat(ActionPlan.overdue(today.minusDays(1), london("2026-11-26T09:00"))).isTrue();
    }
}
