package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.OffenceGroup;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The RFG weights are local policy (DOMAIN.md: every weight configurable): read from the settings, checked at start-up. */
class RfgSettingsTests {

    private static RfgSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("safeguard.offender.rfg", RfgSettings.class);
    }

    @Test
    void withNothingSetTheWeightsAreDomainMds() {
        assertThat(bind(Map.of()).weights()).isEqualTo(org.safeguard.offender.rules.RfgScoring.Weights.defaults());
        assertThat(bind(Map.of()).listSize()).isEqualTo(50);
    }

    @Test
    void aGravityWeightSetByItsOffenceGroupReplacesOnlyThatDefault() {
        RfgSettings settings = bind(Map.of("safeguard.offender.rfg.gravity.strangulation", "9",
                "safeguard.offender.rfg.gravity.controlling-or-coercive-behaviour", "4",
                "safeguard.offender.rfg.per-extra-victim", "0.25", "safeguard.offender.rfg.window-months", "24",
                "safeguard.offender.rfg.recency-within-months", "1,12", "safeguard.offender.rfg.recency-points", "3,2,1"));

        assertThat(settings.weights().gravity()).containsEntry(OffenceGroup.STRANGULATION, 9)
                .containsEntry(OffenceGroup.CONTROLLING_OR_COERCIVE_BEHAVIOUR, 4).containsEntry(OffenceGroup.HARASSMENT, 1);
        assertThat(settings.weights().perExtraVictim()).isEqualByComparingTo("0.25");
        assertThat(settings.weights().recencyPoints()).containsExactly(3, 2, 1);
        assertThat(settings.weights().windowMonths()).isEqualTo(24);
    }

    @Test
    void aBadWeightStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> bind(Map.of("safeguard.offender.rfg.recency-points", "5,4")))
                .rootCause().hasMessageContaining("safeguard.offender.rfg").hasMessageContaining("recency-points");
        assertThatThrownBy(() -> bind(Map.of("safeguard.offender.rfg.gravity.stalking", "-2")))
                .rootCause().hasMessageContaining("gravity.stalking");
    }
}
