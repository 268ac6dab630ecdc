package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguard.insight.Benchmark;
import org.safeguard.insight.Figure;

/** A figure's card: the value with its unit, the change from the previous period, where it stands. */
class FigureCardTests {

    @Test
    void arrestsPer100CrimesStandAgainstTheHmicRangeOfMostForces() {
        FigureCard card = FigureCard.of(new Figure("arrests-per-100", "Arrests per 100 domestic abuse crimes", 76.04, 70.0,
                Figure.Unit.PER_100, "Arrests at domestic abuse incidents per 100 domestic abuse crimes.",
                new Benchmark("Most forces 45 to 90", 45.0, 90.0, "HMIC 2014"), null));

        assertThat(card.value()).isEqualTo("76 per 100");
        assertThat(card.change()).isEqualTo("Up 6 per 100");
        assertThat(card.benchmark()).isEqualTo("Most forces 45 to 90 (HMIC 2014)");
        assertThat(card.standing()).isEqualTo("Within the benchmark");
    }

    @Test
    void aRateThatCannotBeWorkedOutIsNeverShownAsZero() {
        FigureCard card = FigureCard.of(new Figure("repeat-rate", "Repeat rate", null, 31.0, Figure.Unit.PERCENT,
                "Repeat victims as a share of victims.", new Benchmark("Compare with 32% nationally", 32.0, 32.0, "SafeLives"),
                "No victims in the period."));

        assertThat(card.value()).isEqualTo(NumberText.UNKNOWN);
        assertThat(card.change()).isEqualTo("Cannot be compared");
        assertThat(card.standing()).isEqualTo("Cannot be compared");
    }

    @Test
    void aShareChangesInPercentagePointsAndACountAlsoByItsShareOfBefore() {
        assertThat(FigureCard.change(new Figure("f", "f", 30.0, 32.5, Figure.Unit.PERCENT, "", null, null)))
                .isEqualTo("Down 2.5 percentage points");
        assertThat(FigureCard.change(new Figure("f", "f", 1100.0, 1000.0, Figure.Unit.COUNT, "", null, null)))
                .isEqualTo("Up 100 (10%)");
        assertThat(FigureCard.change(new Figure("f", "f", 12.0, 12.0, Figure.Unit.MINUTES, "", null, null)))
                .isEqualTo("No change");
        assertThat(FigureCard.withUnit(1234567.0, Figure.Unit.COUNT)).isEqualTo("1,234,567");
    }
}
