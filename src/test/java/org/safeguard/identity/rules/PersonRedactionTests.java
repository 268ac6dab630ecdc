package org.safeguard.identity.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Relationship;

/** The shortened forms of a person record (the common brief's redacted forms) and who reads a confidential address. */
class PersonRedactionTests {

    @Test
    void aShortenedNameIsTheInitialAndFamilyNameAndTheDateOfBirthOnlyItsYear() {
        assertThat(Redaction.name("dana", "Smith")).isEqualTo("D. Smith");
        assertThat(Redaction.name("  ", "Smith")).isEqualTo("Smith");
        assertThat(Redaction.born(LocalDate.of(1985, 3, 4))).isEqualTo("Born 1985");
        assertThat(Redaction.born(null)).isEqualTo("Date of birth not known");
    }

    @Test
    void aShortenedPhoneNumberShowsOnlyItsLastThreeDigits() {
        assertThat(Redaction.phone("07700 900123")).isEqualTo("•••••••• 123").doesNotContain("7700");
        assertThat(Redaction.phone("12")).isEqualTo("••");
    }

    @Test
    void aShortenedAddressIsTheTownAndPostcodeDistrictNeverTheStreet() {
        assertThat(Redaction.district("Stevenage", "SG1 2AB")).isEqualTo("Stevenage, SG1");
        assertThat(Redaction.district("", "AL10 9AB")).isEqualTo("AL10");
        assertThat(Redaction.district(null, null)).isEqualTo("Area not known");
        assertThat(Redaction.postcodeDistrict("SG12AB")).isEqualTo("SG1");
    }

    @Test
    void aConfidentialAddressTheyLeftIsReadOnlyByTheirSpocIdvaAndNamedSpecialists() {
        assertThat(ConfidentialAddresses.mayRead(Set.of(Relationship.SPOC, Relationship.NONE))).isTrue();
        assertThat(ConfidentialAddresses.mayRead(Set.of(Relationship.NAMED))).isTrue();
        assertThat(ConfidentialAddresses.mayRead(Set.of(Relationship.AREA, Relationship.TEAM_MEMBER, Relationship.NONE))).isFalse();
    }
}
