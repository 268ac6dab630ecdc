package org.safeguard.safeguarding.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The England and Wales bank holidays, checked against the dates published on GOV.UK. */
class BankHolidaysTests {

    private static final BankHolidays ENGLAND_AND_WALES = BankHolidays.englandAndWales();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static List<LocalDate> holidaysIn(BankHolidays holidays, int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (holidays.isHoliday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<LocalDate> dates(String... texts) {
        return List.of(texts).stream().map(LocalDate::parse).toList();
    }

    @Test
    void the2025BankHolidays() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2025)).containsExactlyElementsOf(dates(
                "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                "2025-12-25", "2025-12-26"));
    }

    @Test
    void the2026BankHolidaysWithBoxingDayOnASaturdayMovedToMonday28December() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2026)).containsExactlyElementsOf(dates(
                "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                "2026-12-25", "2026-12-28"));
    }

    @Test
    void boxingDay2026IsASaturdaySoIsNotItselfTheHolidayButMonday28DecemberIs() {
        assertThat(date("2026-12-26").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2026-12-26"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2026-12-28"))).isTrue();
    }

    @Test
    void the2027BankHolidaysWithChristmasOnASaturdayGivingMonday27AndTuesday28December() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2027)).containsExactlyElementsOf(dates(
                "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                "2027-12-27", "2027-12-28"));
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2027-12-25"))).isFalse();
    }

    @Test
    void the2022BankHolidaysWithThePlatinumJubileeAndTheStateFuneral() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2022)).containsExactlyElementsOf(dates(
                "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
    }

    @Test
    void in2022TheSpringBankHolidayMovedFromMonday30MayToThursday2June() {
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-05-30"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-06-02"))).isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-06-03"))).isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-09-19"))).isTrue();
    }

    @Test
    void newYearsDay2022OnASaturdayIsMovedToMonday3January() {
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-01-01"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2022-01-03"))).isTrue();
    }

    @Test
    void the2023BankHolidaysWithTheCoronationAndNewYearsDayOnASundayMovedToMonday2January() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2023)).containsExactlyElementsOf(dates(
                "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                "2023-08-28", "2023-12-25", "2023-12-26"));
    }

    @Test
    void the2020EarlyMayBankHolidayMovedToFriday8MayForVeDay() {
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2020-05-08"))).isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2020-05-04"))).isFalse();
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2020)).containsExactlyElementsOf(dates(
                "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
                "2020-12-25", "2020-12-28"));
    }

    @Test
    void the2021And2024BankHolidays() {
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2021)).containsExactlyElementsOf(dates(
                "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
                "2021-12-27", "2021-12-28"));
        assertThat(holidaysIn(ENGLAND_AND_WALES, 2024)).containsExactlyElementsOf(dates(
                "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
                "2024-12-25", "2024-12-26"));
    }

    @Test
    void aOneOffChangeAppliesOnlyToItsOwnYear() {
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2021-05-03"))).isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2025-05-05"))).isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2023-06-02"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2023-09-19"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2024-05-08"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2008, 2008-03-23",
            "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20",
            "2026, 2026-04-05", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(ENGLAND_AND_WALES.isHoliday(easter.minusDays(2))).as("Good Friday").isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(easter.plusDays(1))).as("Easter Monday").isTrue();
        assertThat(ENGLAND_AND_WALES.isHoliday(easter)).as("Easter Sunday").isFalse();
    }

    @Test
    void everyOtherYearHasEightBankHolidaysAllOnWeekdays() {
        Set<Integer> changed = Set.of(2020, 2022, 2023);
        for (int year = 1980; year <= 2200; year++) {
            if (changed.contains(year)) {
                continue;
            }
            List<LocalDate> days = holidaysIn(ENGLAND_AND_WALES, year);
            assertThat(days).as("bank holidays in %d", year).hasSize(8)
                    .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2027, 2032, 2033, 2038})
    void christmasAndBoxingDayAtAWeekendAlwaysGiveTwoWeekdayHolidaysStraightAfter(int year) {
        List<LocalDate> december = holidaysIn(ENGLAND_AND_WALES, year).stream().filter(d -> d.getMonthValue() == 12).toList();

        assertThat(december).hasSize(2);
        assertThat(december.get(1)).isEqualTo(december.get(0).plusDays(1));
        assertThat(december.get(0)).isBetween(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27));
    }

    @Test
    void aFixedListIsExactlyThoseDays() {
        BankHolidays fixed = BankHolidays.of(List.of(date("2026-03-10"), date("2026-12-25")));

        assertThat(fixed.isHoliday(date("2026-03-10"))).isTrue();
        assertThat(fixed.isHoliday(date("2026-12-25"))).isTrue();
        assertThat(fixed.isHoliday(date("2026-01-01"))).isFalse();
        assertThat(fixed.isHoliday(date("2026-12-28"))).isFalse();
        assertThat(BankHolidays.of(List.of()).isHoliday(date("2026-12-25"))).isFalse();
    }

    @Test
    void extraConfiguredDaysAreAddedWithoutChangingTheOriginal() {
        BankHolidays withForceDays = ENGLAND_AND_WALES.with(List.of(date("2026-07-14"), date("2026-12-24")));

        assertThat(withForceDays.isHoliday(date("2026-07-14"))).isTrue();
        assertThat(withForceDays.isHoliday(date("2026-12-24"))).isTrue();
        assertThat(withForceDays.isHoliday(date("2026-12-25"))).isTrue();
        assertThat(withForceDays.isHoliday(date("2022-06-03"))).isTrue();
        assertThat(withForceDays.isHoliday(date("2022-05-30"))).isFalse();
        assertThat(ENGLAND_AND_WALES.isHoliday(date("2026-07-14"))).isFalse();

        BankHolidays fixed = BankHolidays.of(List.of(date("2026-03-10"))).with(List.of(date("2026-03-11")));
        assertThat(fixed.isHoliday(date("2026-03-10"))).isTrue();
        assertThat(fixed.isHoliday(date("2026-03-11"))).isTrue();
        assertThat(fixed.isHoliday(date("2026-12-25"))).isFalse();
    }

    @Test
    void theChangesFileIgnoresCommentsAndBlankLines() {
        BankHolidays holidays = BankHolidays.englandAndWales("test", List.of(
                "# a comment", "", "   ", "2031-06-06 added   # a made-up jubilee", "2031-05-05 moved 2031-05-09"));

        assertThat(holidays.isHoliday(date("2031-06-06"))).isTrue();
        assertThat(holidays.isHoliday(date("2031-05-09"))).isTrue();
        assertThat(holidays.isHoliday(date("2031-05-05"))).isFalse();
        assertThat(holidays.isHoliday(date("2031-05-26"))).isTrue();
        assertThat(holidays.isHoliday(date("2022-06-03"))).isFalse();
    }

    @Test
    void withNoChangesOnlyTheUsualRulesApply() {
        BankHolidays usual = BankHolidays.englandAndWales("test", List.of());

        assertThat(usual.isHoliday(date("2022-05-30"))).isTrue();
        assertThat(usual.isHoliday(date("2022-06-03"))).isFalse();
        assertThat(usual.isHoliday(date("2020-05-04"))).isTrue();
        assertThat(usual.isHoliday(date("2020-05-08"))).isFalse();
    }

    @Test
    void aLineInTheWrongFormatIsRejectedNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("# header", "2031-06-06 extra")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changes.txt line 2")
                .hasMessageContaining("2031-06-06 extra");
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-05-05 moved")))
                .hasMessageContaining("changes.txt line 1");
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-06-06 added 2031-06-07")))
                .hasMessageContaining("changes.txt line 1");
    }

    @Test
    void aDateThatIsNotADateIsRejected() {
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("", "2031-02-30 added")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changes.txt line 2")
                .hasMessageContaining("\"2031-02-30\" is not a date");
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-05-05 moved 9/5/2031")))
                .hasMessageContaining("\"9/5/2031\" is not a date");
    }

    @Test
    void movingADayThatIsNotAUsualBankHolidayIsRejectedAsAMistypedDate() {
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-05-06 moved 2031-05-09")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changes.txt line 1")
                .hasMessageContaining("2031-05-06 is not a usual bank holiday");
    }

    @Test
    void addingADayThatIsAlreadyAUsualBankHolidayIsRejectedAsAMistypedDate() {
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-12-25 added")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2031-12-25 is already a usual bank holiday");
        assertThatThrownBy(() -> BankHolidays.englandAndWales("changes.txt", List.of("2031-05-05 moved 2031-05-26")))
                .hasMessageContaining("2031-05-26 is already a usual bank holiday");
    }

    @Test
    void theChangesFileIsReadOnceAndShared() {
        assertThat(BankHolidays.englandAndWales()).isSameAs(ENGLAND_AND_WALES);
    }
}
