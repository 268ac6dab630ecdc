package org.safeguard.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A postcode is stored one way, "SG1 2AB", however it was typed, so that incidents at one address find each other. */
class PostcodesTests {

    @ParameterizedTest
    @ValueSource(strings = {"SG1 2AB", "sg1 2ab", "Sg1 2aB", "SG12AB", "sg12ab", "  SG1   2AB  ", "SG1\t2AB", "S G 1 2 A B",
            "SG1-2AB"})
    void capitalsSpacesAndPunctuationAsTypedDoNotMatter(String typed) {
        assertThat(Postcodes.normalise(typed)).contains("SG1 2AB");
    }

    @ParameterizedTest
    @CsvSource({"m11ae, M1 1AE", "b338th, B33 8TH", "cr26xh, CR2 6XH", "dn551pt, DN55 1PT", "w1a0ax, W1A 0AX",
            "ec1a1bb, EC1A 1BB"})
    void everyShapeOfUkPostcodeIsSpacedBeforeTheInwardCode(String typed, String stored) {
        assertThat(Postcodes.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SG1", "SG1 2A", "SG1 2ABC", "12345", "SG1 AB2", "2AB SG1", "SGG1 2AB", "Stevenage", "SG1 2ÄB"})
    void somethingThatIsNotAUkPostcodeIsRefused(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void nothingTypedIsNoPostcode(String typed) {
        assertThat(Postcodes.normalise(typed)).isEmpty();
    }

    @Test
    void aStoredPostcodeNormalisesToItself() {
        String stored = Postcodes.normalise("al10 9ab").orElseThrow();

        assertThat(Postcodes.normalise(stored)).contains(stored).contains("AL10 9AB");
    }
}
