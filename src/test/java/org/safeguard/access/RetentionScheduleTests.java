package org.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.access.retention.RetentionSettings;
import org.safeguard.access.retention.ReviewSchedule;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** When a record is due for retention review, and the review periods as the force sets them. */
class RetentionScheduleTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aRecordIsDueOnePeriodAfterItsLastActivityAndNotADayBefore() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        Instant before = ReviewSchedule.dueWhenActiveBefore(today, Period.ofYears(6), LONDON);
        Instant lastActivityDue = LocalDate.of(2020, 11, 26).atTime(23, 30).atZone(LONDON).toInstant();
        Instant lastActivityNotYet = LocalDate.of(2020, 11, 27).atStartOfDay(LONDON).toInstant();

        assertThat(lastActivityDue).isBefore(before);
        assertThat(lastActivityNotYet).isAfterOrEqualTo(before);
        assertThat(ReviewSchedule.dueOn(lastActivityDue, Period.ofYears(6), Optional.empty(), LONDON)).isEqualTo(today);
    }

    @Test
    void aKeptRecordIsDueAgainAtItsNextReviewNotAtItsLastActivity() {
        Instant lastActivity = LocalDate.of(2018, 3, 4).atStartOfDay(LONDON).toInstant();
        LocalDate keptOn = LocalDate.of(2025, 1, 10);
        LocalDate next = ReviewSchedule.nextReviewWhenKept(keptOn, Period.ofYears(6));

        assertThat(next).isEqualTo(LocalDate.of(2031, 1, 10));
        assertThat(ReviewSchedule.dueOn(lastActivity, Period.ofYears(6), Optional.of(next), LONDON)).isEqualTo(next);
    }

    @Test
    void reviewPeriodsAreReadFromSettingsWithTheMoPiDefaultsForTheRest() {
        RetentionSettings settings = bind(Map.of("safeguard.retention.review-after.incident", "P7Y",
                "safeguard.retention.review-after.marac-case", "P3Y6M"));

        assertThat(settings.periodOf("incident")).isEqualTo(Period.ofYears(7));
        assertThat(settings.periodOf("marac-case")).isEqualTo(Period.of(3, 6, 0));
        assertThat(settings.periodOf("case")).isEqualTo(Period.ofYears(6));
        assertThat(settings.periodOf("person")).isEqualTo(Period.ofYears(10));
        assertThat(settings.listLimit()).isEqualTo(50);
    }

    @Test
    void aPeriodThatIsNotPositiveStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("safeguard.retention.review-after.order", "P0D")))
                .rootCause().hasMessageContaining("safeguard.retention.review-after.order");
        assertThatThrownBy(() -> bind(Map.of("safeguard.retention.review-after.referral", "-P1Y")))
                .rootCause().hasMessageContaining("safeguard.retention.review-after.referral");
    }

    @Test
    void aSectionNamesItsPeriodInWords() {
        assertThat(new RetentionReviews.DueSection("order", "Orders", Period.of(1, 6, 0), "", java.util.List.of(), false)
                .reviewAfterWords()).isEqualTo("after 1 year and 6 months");
    }

    private static RetentionSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("safeguard.retention", RetentionSettings.class);
    }
}
