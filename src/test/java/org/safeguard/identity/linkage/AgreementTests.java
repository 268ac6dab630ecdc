package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.Sex;

/** The levels each comparison finds, in the words of {@link Comparison}. */
class AgreementTests {

    private static final Preparation PREPARATION = new Preparation();

    @Test
    void datesOfBirthCompareOnTheirDigitsEvenWhenImpossible() {
        assertThat(level(Comparison.BIRTH_DATE, "19900231", "19900231")).isEqualTo("the same");
        assertThat(level(Comparison.BIRTH_DATE, "19850403", "19850304")).isEqualTo("day and month swapped");
        assertThat(level(Comparison.BIRTH_DATE, "19850403", "19850413")).isEqualTo("one digit different");
        assertThat(level(Comparison.BIRTH_DATE, "19900231", "19900221")).isEqualTo("one digit different");
        assertThat(level(Comparison.BIRTH_DATE, "19850403", "19851127")).isEqualTo("same year only");
        assertThat(level(Comparison.BIRTH_DATE, "19891231", "19900101")).isEqualTo("a year apart");
        assertThat(level(Comparison.BIRTH_DATE, "19850403", "19721127")).isEqualTo("different");
    }

    @Test
    void aMissingOrMalformedDateOfBirthIsMissingNotAnError() {
        assertThat(levelOf(Comparison.BIRTH_DATE, person("Ann", "Lee", null), person("Ann", "Lee", "19850403"))).isEqualTo(-1);
        assertThat(levelOf(Comparison.BIRTH_DATE, person("Ann", "Lee", "3rd April"), person("Ann", "Lee", "19850403"))).isEqualTo(-1);
        assertThat(levelOf(Comparison.BIRTH_DATE, person("Ann", "Lee", "1985-4"), person("Ann", "Lee", "19850403"))).isEqualTo(-1);
    }

    @Test
    void datesWrittenWithSeparatorsAreReadYearFirstOrDayFirst() {
        assertThat(Preparation.birthDigits("1985-04-03")).isEqualTo("19850403");
        assertThat(Preparation.birthDigits("3/4/1985")).isEqualTo("19850403");
        assertThat(Preparation.birthDigits("03.04.1985")).isEqualTo("19850403");
        assertThat(Preparation.birthDigits("3/4/85")).isNull();
        assertThat(Preparation.birthDigits("")).isNull();
    }

    @Test
    void eightDigitsAreReadDayFirstWhenYearFirstGivesNoPlausibleYear() {
        assertThat(Preparation.birthDigits("03041985")).isEqualTo("19850403");
        assertThat(Preparation.birthDigits("19850403")).isEqualTo("19850403");
        assertThat(Preparation.birthDigits("20011990")).isEqualTo("19900120");
        assertThat(Preparation.birthDigits("19851327")).isEqualTo("19851327");
        assertThat(Preparation.birthDigits("12345678")).isNull();
        assertThat(level(Comparison.BIRTH_DATE, "03041985", "19850403")).isEqualTo("the same");
    }

    @Test
    void aYearAloneIsAtBestTheSameYear() {
        assertThat(level(Comparison.BIRTH_DATE, "1985", "19850403")).isEqualTo("same year only");
        assertThat(level(Comparison.BIRTH_DATE, "1985", " 1985 ")).isEqualTo("same year only");
        assertThat(level(Comparison.BIRTH_DATE, "1985", "19860101")).isEqualTo("a year apart");
        assertThat(level(Comparison.BIRTH_DATE, "19850403", "1970")).isEqualTo("different");
        assertThat(Preparation.birthDigits("0985")).isNull();
        assertThat(Blocking.keysOf(person("Ann", "Lee", "1985"))).noneMatch(key -> key.contains("?"));
    }

    @Test
    void givenNamesFromTheSameToDifferent() {
        assertThat(level(Comparison.GIVEN_NAME, "Jonathan", "JONATHAN")).isEqualTo("the same");
        assertThat(level(Comparison.GIVEN_NAME, "Jon", "Jonathan")).isEqualTo("a short form of the other");
        assertThat(level(Comparison.GIVEN_NAME, "Jonathan", "Jonathon")).isEqualTo("a slip of typing apart");
        assertThat(level(Comparison.GIVEN_NAME, "Stephen", "Stevan")).isEqualTo("sound alike");
        assertThat(level(Comparison.GIVEN_NAME, "J", "John")).isEqualTo("one is the other's initial");
        assertThat(level(Comparison.GIVEN_NAME, "Olivia", "Fatima")).isEqualTo("different");
    }

    @Test
    void twoEqualInitialsAreInitialsNotTheSameName() {
        assertThat(level(Comparison.GIVEN_NAME, "J", "j.")).isEqualTo("one is the other's initial");
    }

    @Test
    void aWomanWithAnotherFamilyNameMayHaveMarried() {
        LinkRecord before = new LinkRecord(1, "Ann", "Taylor", "19850403", Sex.FEMALE, null, null, null, null, null);
        LinkRecord after = new LinkRecord(2, "Ann", "Okafor", "19850403", Sex.FEMALE, null, null, null, null, null);
        LinkRecord man = new LinkRecord(3, "Ann", "Okafor", "19850403", Sex.MALE, null, null, null, null, null);
        assertThat(comparisonLevel(Comparison.FAMILY_NAME, before, after)).isEqualTo("different, both female (a married name?)");
        assertThat(comparisonLevel(Comparison.FAMILY_NAME, before, man)).isEqualTo("different");
    }

    @Test
    void aDoubleBarrelledNameHoldsTheOther() {
        assertThat(level(Comparison.FAMILY_NAME, "Smith-Jones", "Jones")).isEqualTo("one is part of the other (double-barrelled)");
    }

    @Test
    void givenAndFamilyNamesSwappedAreComparedSwapped() {
        int[] levels = new int[Agreement.COMPARISONS];
        boolean swapped = Agreement.compare(PREPARATION.prepare(person("Okafor", "Chidi", "19850403")),
                PREPARATION.prepare(person("Chidi", "Okafor", "19850403")), levels);
        assertThat(swapped).isTrue();
        assertThat(Comparison.GIVEN_NAME.levels().get(levels[Agreement.GIVEN])).isEqualTo("swapped with the family name");
        assertThat(levels[Agreement.FAMILY]).isEqualTo(Agreement.MISSING);
    }

    @Test
    void addressesFromTheSameToDifferent() {
        LinkRecord here = at("12 ACORN ROAD", "SG1 2AB", List.of());
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("12 ACORN ROAD", "SG1 2AB", List.of()))).isEqualTo("the same");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("UPRN:9", "AL1 1AA", List.of("12 ACORN ROAD|SG1 2AB"))))
                .isEqualTo("one lived at the other's address");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("12 ACORN RAOD", "SG12AB", List.of())))
                .isEqualTo("similar, same postcode");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("FLAT 3 HERON HOUSE", "SG1 2AB", List.of()))).isEqualTo("same postcode");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("4 ELM WAY", "LU1 1AA", List.of()))).isEqualTo("different");
    }

    @Test
    void theSameAddressNeedsTheSamePostcodeOnBothSides() {
        LinkRecord here = at("12 ACORN ROAD", "SG1 2AB", List.of());
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("12 ACORN ROAD", null, List.of()))).isEqualTo("missing");
        assertThat(comparisonLevel(Comparison.ADDRESS, at("12 ACORN ROAD", null, List.of()), at("12 ACORN ROAD", null, List.of())))
                .isEqualTo("missing");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("12 ACORN ROAD", "LS6 3QT", List.of()))).isEqualTo("different");
    }

    @Test
    void aPreviousAddressCountsOnlyWithItsPostcode() {
        LinkRecord here = at("12 ACORN ROAD", "SG1 2AB", List.of());
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("4 ELM WAY", "LU1 1AA", List.of("12 ACORN ROAD|LS6 3QT"))))
                .isEqualTo("different");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("4 ELM WAY", "LU1 1AA", List.of("12 ACORN ROAD"))))
                .isEqualTo("different");
        assertThat(comparisonLevel(Comparison.ADDRESS, here, at("4 ELM WAY", "LU1 1AA", List.of("12 Acorn Road|sg12ab"))))
                .isEqualTo("one lived at the other's address");
        assertThat(comparisonLevel(Comparison.ADDRESS, at("UPRN:9", "SG1 2AB", List.of()), at("4 ELM WAY", "LU1 1AA", List.of("UPRN:9"))))
                .isEqualTo("one lived at the other's address");
    }

    @Test
    void anAddressAsTheStoreWritesItCarriesItsPostcodeAfterABar() {
        LinkRecord stored = at("12 ACORN ROAD|SG1 2AB", "SG1 2AB", List.of());
        assertThat(comparisonLevel(Comparison.ADDRESS, stored, at("12 ACORN ROAD", "SG12AB", List.of()))).isEqualTo("the same");
        assertThat(comparisonLevel(Comparison.ADDRESS, at("12 ACORN ROAD|SG1 2AB", null, List.of()), stored)).isEqualTo("the same");
        assertThat(comparisonLevel(Comparison.ADDRESS, at("UPRN:7", "SG1 2AB", List.of()), at("UPRN:8", "SG1 2AB", List.of())))
                .isEqualTo("same postcode");
    }

    private static LinkRecord at(String address, String postcode, List<String> previous) {
        return new LinkRecord(1, "Ann", "Lee", null, Sex.FEMALE, address, postcode, previous, null, null);
    }

    private static LinkRecord person(String given, String family, String born) {
        return new LinkRecord(1, given, family, born, Sex.NOT_KNOWN, null, null, null, null, null);
    }

    private static String level(Comparison comparison, String one, String other) {
        LinkRecord a = comparison == Comparison.BIRTH_DATE ? person("Ann", "Lee", one)
                : comparison == Comparison.GIVEN_NAME ? person(one, "Lee", null) : person("Ann", one, null);
        LinkRecord b = comparison == Comparison.BIRTH_DATE ? person("Ann", "Lee", other)
                : comparison == Comparison.GIVEN_NAME ? person(other, "Lee", null) : person("Ann", other, null);
        return comparisonLevel(comparison, a, b);
    }

    private static String comparisonLevel(Comparison comparison, LinkRecord a, LinkRecord b) {
        int level = levelOf(comparison, a, b);
        return level < 0 ? "missing" : comparison.levels().get(level);
    }

    private static int levelOf(Comparison comparison, LinkRecord a, LinkRecord b) {
        int[] levels = new int[Agreement.COMPARISONS];
        Agreement.compare(PREPARATION.prepare(a), PREPARATION.prepare(b), levels);
        return levels[comparison.ordinal()];
    }
}
