package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shortened forms of a party redacted to a reader (issue 10): initial and family name, year of birth, last 3 digits. */
class PartyRedactionNeedToKnowTests {

    @Test
    void aRedactedNameIsTheInitialOfTheGivenNameAndTheFamilyName() {
        assertThat(PartyRedaction.initialAndFamilyName("nina mary Okafor")).isEqualTo("N. Okafor");
        assertThat(PartyRedaction.initialAndFamilyName("Okafor")).isEqualTo("O.");
        assertThat(PartyRedaction.initialAndFamilyName(" ")).isEqualTo("Name not recorded");
    }

    @Test
    void aRedactedDateOfBirthIsItsYear() {
        assertThat(PartyRedaction.yearOfBirth(LocalDate.of(1990, 4, 2))).isEqualTo("Born 1990");
        assertThat(PartyRedaction.yearOfBirth(null)).isEqualTo("Not recorded");
    }

    @Test
    void aRedactedPhoneShowsOnlyItsLastThreeDigits() {
        assertThat(PartyRedaction.maskedPhone("07700 900461")).isEqualTo("Held, ending 461").doesNotContain("07700");
        assertThat(PartyRedaction.maskedPhone("12")).isEqualTo("Held");
    }
}
