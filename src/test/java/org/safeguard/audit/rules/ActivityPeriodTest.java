package org.safeguard.audit.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void withNoDatesAReportCoversTheLastThirtyDaysIncludingToday() {
        assertThat(ActivityPeriod.between(null, null, TODAY)).isEqualTo(new ActivityPeriod(LocalDate.of(2026, 3, 2), TODAY));
    }

    @Test
    void aReportCoversAtMostNinetyDays() {
        assertThat(ActivityPeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), TODAY).to())
                .isEqualTo(TODAY);
        assertThatThrownBy(() -> ActivityPeriod.between(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31), TODAY))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("at most 90 days");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> ActivityPeriod.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4), TODAY))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("after the start date");
    }
}
