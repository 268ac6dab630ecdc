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
        assertThat(card.benchmark()).isEqualTo("Most forces 45 to 90");
        assertThat(card.source()).isEqualTo("HMIC 2014");
        assertThat(card.standing()).isEqualTo("Within the range 45 per 100 to 90 per 100");
    }

    @Test
    void aRateThatCannotBeWorkedOutIsNeverShownAsZero() {
        FigureCard card = FigureCard.of(new Figure("repeat-rate", "Repeat rate", null, 31.0, Figure.Unit.PERCENT,
                "Repeat victims as a share of victims.", new Benchmark("Compare with 32% nationally", 32.0, 32.0, "SafeLives"),
                "No victims in the period."));

        assertThat(card.value()).isEqualTo(NumberText.UNKNOWN);
        assertThat(card.change()).isEqualTo("Cannot be compared");
        assertThat(card.standing()).as("no standing without a value").isNull();
    }

    @Test
    void theMaracRepeatRateIsComparedWithTheNationalFigureWithoutARangeBeingClaimed() {
        Benchmark national = new Benchmark("Compare with the national repeat rate of 32%", 32.0, 32.0, "SafeLives");
        Benchmark caseload = new Benchmark("Live caseload 60 to 80 per full-time IDVA", 60.0, 80.0, "SafeLives");

        assertThat(FigureCard.standing(national, new Figure("r", "r", 28.0, null, Figure.Unit.PERCENT, "", national, null)))
                .isEqualTo("Lower than 32%");
        assertThat(FigureCard.standing(caseload, new Figure("c", "c", 95.0, null, Figure.Unit.COUNT, "", caseload, null)))
                .isEqualTo("Above the range 60 to 80");
        Benchmark atLeast = new Benchmark("Target 100%", 100.0, null, "Force policy");
        assertThat(FigureCard.standing(atLeast, new Figure("s", "s", 97.5, null, Figure.Unit.PERCENT, "", atLeast, null)))
                .isEqualTo("Below 100%");
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
