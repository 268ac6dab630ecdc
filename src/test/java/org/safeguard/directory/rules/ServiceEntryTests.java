package org.safeguard.directory.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.directory.NewPartnerService;
import org.safeguard.platform.InvalidRequest;

/** A service's full-time workers as an administrator types them: optional, 0 to 500, one decimal place at most. */
class ServiceEntryTests {

    private static NewPartnerService idvaWith(String fullTimeWorkers) {
        return new NewPartnerService("IDVA-EAST", "East IDVA", "IDVA", "IDVA_SERVICE", List.of(), "Advocacy",
                "Through Safeguard", "Weekdays", "24", fullTimeWorkers);
    }

    private static ServiceEntry checked(String fullTimeWorkers) {
        return ServiceEntry.check(idvaWith(fullTimeWorkers), Set.of("IDVA_SERVICE"));
    }

    @Test
    void fullTimeWorkersAreKeptToOneDecimalPlaceAndMayBeLeftEmpty() {
        assertThat(checked("4.5").fullTimeWorkers()).isEqualTo(new BigDecimal("4.5"));
        assertThat(checked(" 12 ").fullTimeWorkers()).isEqualTo(new BigDecimal("12.0"));
        assertThat(checked("0").fullTimeWorkers()).isEqualTo(new BigDecimal("0.0"));
        assertThat(checked("500.0").fullTimeWorkers()).isEqualTo(new BigDecimal("500.0"));
        assertThat(checked("2.50").fullTimeWorkers()).isEqualTo(new BigDecimal("2.5"));
        assertThat(checked("").fullTimeWorkers()).isNull();
        assertThat(checked(null).fullTimeWorkers()).isNull();
    }

    @Test
    void fullTimeWorkersThatAreNotANumberNegativeOverFiveHundredOrFinerThanATenthAreRefused() {
        for (String typed : List.of("four", "-1", "500.1", "501", "4.55", "1e2", "4,5")) {
            InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> checked(typed));
            assertThat(refused).as(typed).isNotNull();
            assertThat(refused.byField()).as(typed).containsOnlyKeys("fullTimeWorkers")
                    .containsEntry("fullTimeWorkers", ServiceEntry.WORKERS_TYPED_WRONG);
        }
    }
}
