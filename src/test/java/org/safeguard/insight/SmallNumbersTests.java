package org.safeguard.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.insight.rules.SmallNumbers;

/** Equality tables hide counts of 1 to 4 people, and the next smallest where one alone would be hidden. */
class SmallNumbersTests {

    @Test
    void countsOf1To4PeopleAreNotShownButZeroAndFiveAreBecauseZeroNamesNoOne() {
        assertThat(SmallNumbers.shown(List.of(0L, 1L, 4L, 5L, 120L))).containsExactly(0L, null, null, 5L, 120L);
        assertThat(SmallNumbers.shown(3)).isNull();
        assertThat(SmallNumbers.shown(0)).isZero();
        assertThat(SmallNumbers.shown(5)).isEqualTo(5L);
    }

    @Test
    void whereOneCellAloneIsHiddenTheNextSmallestIsHiddenSoItCannotBeWorkedBackFromTheTotal() {
        // Female 40, male 3, not known 9: the total 52 and 40 and 9 would give back the 3, so the 9 goes too.
        assertThat(SmallNumbers.shown(List.of(40L, 3L, 9L))).isEqualTo(Arrays.asList(40L, null, null));
        // The next smallest may be a zero: the two hidden cells still add up to 3 in two ways.
        assertThat(SmallNumbers.shown(List.of(40L, 3L, 0L))).isEqualTo(Arrays.asList(40L, null, null));
        // Ties: the first of the smallest.
        assertThat(SmallNumbers.shown(List.of(12L, 2L, 12L))).isEqualTo(Arrays.asList(null, null, 12L));
    }

    @Test
    void twoOrMoreHiddenCellsAreEnoughAndNothingSmallLeavesTheSetAsItIs() {
        assertThat(SmallNumbers.shown(List.of(40L, 3L, 2L, 9L))).isEqualTo(Arrays.asList(40L, null, null, 9L));
        assertThat(SmallNumbers.shown(List.of(40L, 5L, 0L))).containsExactly(40L, 5L, 0L);
        assertThat(SmallNumbers.shown(List.of(4L))).isEqualTo(Arrays.asList((Long) null));
    }
}
