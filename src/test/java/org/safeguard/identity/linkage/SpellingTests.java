package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpellingTests {

    @Test
    void jaroWinklerGivesTheTextbookFigures() {
        assertThat(Spelling.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(0.0001));
        assertThat(Spelling.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(0.0001));
        assertThat(Spelling.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(0.0001));
        assertThat(Spelling.jaroWinkler("smith", "smith")).isEqualTo(1);
        assertThat(Spelling.jaroWinkler("abc", "xyz")).isZero();
        assertThat(Spelling.jaroWinkler("", "abc")).isZero();
    }

    @Test
    void oneSlipOfTypingIsOneLetterDroppedAddedReplacedOrTwoSwapped() {
        assertThat(Spelling.oneSlipApart("smith", "smth")).isTrue();
        assertThat(Spelling.oneSlipApart("smith", "smitth")).isTrue();
        assertThat(Spelling.oneSlipApart("smith", "smoth")).isTrue();
        assertThat(Spelling.oneSlipApart("smith", "smtih")).isTrue();
        assertThat(Spelling.oneSlipApart("smith", "smith")).isFalse();
        assertThat(Spelling.oneSlipApart("smith", "smyhte")).isFalse();
        assertThat(Spelling.oneSlipApart("ab", "ba")).isTrue();
    }
}
