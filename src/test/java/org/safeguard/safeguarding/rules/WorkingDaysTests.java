package org.safeguard.safeguarding.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Victims' Code deadlines in working days: "told within 1 working day" under the enhanced service. */
class WorkingDaysTests {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(BankHolidays.englandAndWales());

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void mondayToFridayAreWorkingDays() {
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-03-09"))).as("Monday").isTrue();
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-03-11"))).as("Wednesday").isTrue();
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-03-13"))).as("Friday").isTrue();
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-03-14"))).as("Saturday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-03-15"))).as("Sunday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-04-03"))).as("Good Friday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(date("2026-12-28"))).as("Boxing Day substitute").isFalse();
    }

    @Test
    void oneWorkingDayFromAWeekdayIsTheSameTimeTheNextDay() {
        assertThat(WORKING_DAYS.plus(at("2026-03-09T09:00:00Z"), 1)).isEqualTo(at("2026-03-10T09:00:00Z"));
    }

    @Test
    void oneWorkingDayFromAFridayIsTheSameTimeOnMonday() {
        assertThat(WORKING_DAYS.plus(at("2026-03-06T15:00:00Z"), 1)).isEqualTo(at("2026-03-09T15:00:00Z"));
        assertThat(WORKING_DAYS.plus(date("2026-03-06"), 1)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void oneWorkingDayFromASaturdayOrSundayIsMonday() {
        assertThat(WORKING_DAYS.plus(at("2026-03-07T11:20:00Z"), 1)).isEqualTo(at("2026-03-09T11:20:00Z"));
        assertThat(WORKING_DAYS.plus(at("2026-03-08T23:10:00Z"), 1)).isEqualTo(at("2026-03-09T23:10:00Z"));
        assertThat(WORKING_DAYS.plus(date("2026-03-07"), 1)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void aReleaseOnChristmasEve2026At1500MustBeToldByTuesday29DecemberAt1500() {
        assertThat(WORKING_DAYS.plus(at("2026-12-24T15:00:00Z"), 1)).isEqualTo(at("2026-12-29T15:00:00Z"));
    }

    @Test
    void acrossEaster2026ThursdayGivesTheTuesdayAfterEasterMonday() {
        // 15:00 BST is 14:00Z.
        assertThat(WORKING_DAYS.plus(at("2026-04-02T14:00:00Z"), 1)).isEqualTo(at("2026-04-07T14:00:00Z"));
        assertThat(WORKING_DAYS.plus(date("2026-04-02"), 1)).isEqualTo(date("2026-04-07"));
    }

    @Test
    void whenTheClocksGoForwardTheDeadlineIsStill1500UkTime() {
        // Friday 27 March 2026 15:00 GMT; the clocks go forward on Sunday 29th; Monday 15:00 BST is 14:00Z.
        assertThat(WORKING_DAYS.plus(at("2026-03-27T15:00:00Z"), 1)).isEqualTo(at("2026-03-30T14:00:00Z"));
    }

    @Test
    void whenTheClocksGoBackTheDeadlineIsStill1500UkTime() {
        // Friday 23 October 2026 15:00 BST (14:00Z); the clocks go back on Sunday 25th; Monday 15:00 GMT.
        assertThat(WORKING_DAYS.plus(at("2026-10-23T14:00:00Z"), 1)).isEqualTo(at("2026-10-26T15:00:00Z"));
    }

    @Test
    void theDayIsTheUkDateNotTheUtcDate() {
        // 00:30 BST on Friday 12 June 2026 is still Thursday 11 June in UTC: the next working day is Monday.
        assertThat(WORKING_DAYS.plus(at("2026-06-11T23:30:00Z"), 1)).isEqualTo(at("2026-06-14T23:30:00Z"));
    }

    @Test
    void fiveWorkingDaysFromAMondayIsTheNextMonday() {
        assertThat(WORKING_DAYS.plus(at("2026-03-02T10:00:00Z"), 5)).isEqualTo(at("2026-03-09T10:00:00Z"));
        assertThat(WORKING_DAYS.plus(date("2026-03-02"), 5)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void fiveWorkingDaysOverChristmasAndNewYearSkipEveryBankHoliday() {
        // Thu 24, Tue 29, Wed 30, Thu 31 December; Friday 1 January 2027 is New Year's Day; Monday 4 January.
        assertThat(WORKING_DAYS.plus(date("2026-12-23"), 5)).isEqualTo(date("2027-01-04"));
        assertThat(WORKING_DAYS.plus(at("2026-12-23T16:45:00Z"), 5)).isEqualTo(at("2027-01-04T16:45:00Z"));
    }

    @Test
    void configuredExtraDaysAreSkipped() {
        WorkingDays withForceDay = new WorkingDays(BankHolidays.englandAndWales().with(List.of(date("2026-03-10"))));

        assertThat(withForceDay.isWorkingDay(date("2026-03-10"))).isFalse();
        assertThat(withForceDay.plus(date("2026-03-09"), 1)).isEqualTo(date("2026-03-11"));
    }

    @Test
    void aFixedListOfHolidaysIsUsedAsGiven() {
        WorkingDays noHolidays = new WorkingDays(BankHolidays.of(List.of()));

        assertThat(noHolidays.plus(date("2026-12-24"), 1)).isEqualTo(date("2026-12-25"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void theCountMustBeAtLeastOneWorkingDay(int workingDays) {
        assertThatThrownBy(() -> WORKING_DAYS.plus(date("2026-03-09"), workingDays))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WORKING_DAYS.plus(at("2026-03-09T09:00:00Z"), workingDays))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
