package org.safeguard.safeguarding.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the domestic abuse specialist team is on duty: 08:00 to 18:00 UK time, Monday to Friday, not on bank holidays. */
class SpecialistHoursTests {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static final SpecialistHours HOURS = new SpecialistHours(
            LocalTime.of(8, 0), LocalTime.of(18, 0), WEEKDAYS, BankHolidays.englandAndWales());

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void onDutyUntilJustBeforeSixOnAFridayEvening() {
        // Friday 6 March 2026 (GMT, so UK time is UTC).
        assertThat(HOURS.onDuty(at("2026-03-06T17:59:00Z"))).isTrue();
        assertThat(HOURS.onDuty(at("2026-03-06T17:59:59.999Z"))).isTrue();
        assertThat(HOURS.onDuty(at("2026-03-06T18:00:00Z"))).isFalse();
    }

    @Test
    void offDutyAtTheWeekend() {
        assertThat(HOURS.onDuty(at("2026-03-07T12:00:00Z"))).as("Saturday").isFalse();
        assertThat(HOURS.onDuty(at("2026-03-08T12:00:00Z"))).as("Sunday").isFalse();
    }

    @Test
    void backOnDutyAtEightOnMondayMorning() {
        assertThat(HOURS.onDuty(at("2026-03-09T07:59:00Z"))).isFalse();
        assertThat(HOURS.onDuty(at("2026-03-09T08:00:00Z"))).isTrue();
    }

    @Test
    void inSummerTheHoursAreUkTimeNotUtc() {
        // Friday 12 June 2026, BST: 17:59 BST is 16:59Z, 18:00 BST is 17:00Z, 08:00 BST is 07:00Z.
        assertThat(HOURS.onDuty(at("2026-06-12T16:59:00Z"))).isTrue();
        assertThat(HOURS.onDuty(at("2026-06-12T17:00:00Z"))).isFalse();
        assertThat(HOURS.onDuty(at("2026-06-12T06:59:00Z"))).isFalse();
        assertThat(HOURS.onDuty(at("2026-06-12T07:00:00Z"))).isTrue();
    }

    @Test
    void offDutyOnBankHolidays() {
        assertThat(HOURS.onDuty(at("2026-04-03T10:00:00Z"))).as("Good Friday 2026").isFalse();
        assertThat(HOURS.onDuty(at("2026-04-06T10:00:00Z"))).as("Easter Monday 2026").isFalse();
        assertThat(HOURS.onDuty(at("2026-12-28T10:00:00Z"))).as("Boxing Day substitute 2026").isFalse();
    }

    @Test
    void whileOnDutyTheNextStartIsNow() {
        assertThat(HOURS.nextStart(at("2026-03-06T12:34:56Z"))).isEqualTo(at("2026-03-06T12:34:56Z"));
        assertThat(HOURS.nextStart(at("2026-03-09T08:00:00Z"))).isEqualTo(at("2026-03-09T08:00:00Z"));
    }

    @Test
    void earlyOnAWeekdayTheTeamComesOnAtEightThatMorning() {
        assertThat(HOURS.nextStart(at("2026-03-10T06:15:00Z"))).isEqualTo(at("2026-03-10T08:00:00Z"));
        assertThat(HOURS.nextStart(at("2026-03-10T00:00:00Z"))).isEqualTo(at("2026-03-10T08:00:00Z"));
    }

    @Test
    void afterSixOnAWeekdayTheTeamComesOnAtEightTheNextMorning() {
        assertThat(HOURS.nextStart(at("2026-03-10T18:00:00Z"))).isEqualTo(at("2026-03-11T08:00:00Z"));
    }

    @Test
    void fromFridayEveningTheTeamComesOnAtEightOnMonday() {
        assertThat(HOURS.nextStart(at("2026-03-06T18:30:00Z"))).isEqualTo(at("2026-03-09T08:00:00Z"));
        assertThat(HOURS.nextStart(at("2026-03-07T10:00:00Z"))).isEqualTo(at("2026-03-09T08:00:00Z"));
    }

    @Test
    void fromChristmasEve2026EveningTheTeamComesOnAtEightOnTuesday29December() {
        assertThat(HOURS.nextStart(at("2026-12-24T19:00:00Z"))).isEqualTo(at("2026-12-29T08:00:00Z"));
    }

    @Test
    void onGoodFriday2026TheTeamComesOnAtEightOnTheTuesdayAfterEaster() {
        // Tuesday 7 April 2026, 08:00 BST.
        assertThat(HOURS.nextStart(at("2026-04-03T09:00:00Z"))).isEqualTo(at("2026-04-07T07:00:00Z"));
    }

    @Test
    void acrossTheClocksGoingForwardMondayEightIsSevenUtc() {
        // The clocks go forward at 01:00 on Sunday 29 March 2026.
        assertThat(HOURS.nextStart(at("2026-03-29T12:00:00Z"))).isEqualTo(at("2026-03-30T07:00:00Z"));
        assertThat(HOURS.nextStart(at("2026-03-27T18:30:00Z"))).isEqualTo(at("2026-03-30T07:00:00Z"));
    }

    @Test
    void acrossTheClocksGoingBackMondayEightIsEightUtc() {
        // The clocks go back at 02:00 BST on Sunday 25 October 2026; Friday 18:30 BST is 17:30Z.
        assertThat(HOURS.nextStart(at("2026-10-23T17:30:00Z"))).isEqualTo(at("2026-10-26T08:00:00Z"));
    }

    @Test
    void theNextStartIsAlwaysAMomentTheTeamIsOnDuty() {
        for (Instant t = at("2026-12-20T00:00:00Z"); t.isBefore(at("2027-01-10T00:00:00Z")); t = t.plusSeconds(37 * 60)) {
            Instant next = HOURS.nextStart(t);
            assertThat(next).isAfterOrEqualTo(t);
            assertThat(HOURS.onDuty(next)).as("on duty at %s (from %s)", next, t).isTrue();
        }
    }

    @Test
    void otherHoursAndDaysCanBeConfigured() {
        SpecialistHours withSaturday = new SpecialistHours(LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), BankHolidays.of(List.of()));

        assertThat(withSaturday.onDuty(at("2026-03-07T09:00:00Z"))).as("Saturday 09:00").isTrue();
        assertThat(withSaturday.onDuty(at("2026-03-07T17:00:00Z"))).as("Saturday 17:00").isFalse();
        assertThat(withSaturday.onDuty(at("2026-03-10T12:00:00Z"))).as("Tuesday").isFalse();
        assertThat(withSaturday.nextStart(at("2026-03-09T17:00:00Z"))).isEqualTo(at("2026-03-14T09:00:00Z"));
        assertThat(withSaturday.nextStart(at("2026-03-06T12:00:00Z"))).isEqualTo(at("2026-03-07T09:00:00Z"));
    }

    @Test
    void theTeamMustComeOnBeforeItGoesOff() {
        assertThatThrownBy(() -> new SpecialistHours(LocalTime.of(18, 0), LocalTime.of(8, 0), WEEKDAYS, BankHolidays.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecialistHours(LocalTime.of(8, 0), LocalTime.of(8, 0), WEEKDAYS, BankHolidays.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTeamMustBeOnDutyOnSomeDay() {
        assertThatThrownBy(() -> new SpecialistHours(LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of(), BankHolidays.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
