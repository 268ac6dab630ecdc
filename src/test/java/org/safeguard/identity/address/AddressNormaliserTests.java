package org.safeguard.identity.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.identity.address.AddressNormaliser.Normalised;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However an operator types an address, the same place gives the same line, and flats of one building share a
 * building key, so the history panel finds earlier incidents there and at the other flats (issue 3).
 */
class AddressNormaliserTests {

    private static Normalised normalise(String line) {
        return AddressNormaliser.normalise(line, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Flat 2, 10 High St", "2/10 high street", "flat 2 10 High Street", "FLAT 2 10 HIGH STREET",
            "Flat 2 10 High St.", "2 / 10 High St", "Flt 2, 10 High Street", "Apartment 2, 10 High St", "Apt. 2 10 High St",
            "Flat2, 10 High Street", "  flat   2 ,  10   high   street  "})
    void everyWayOfWritingAFlatInAHouseIsTheSameAddress(String typed) {
        assertThat(normalise(typed)).isEqualTo(new Normalised("FLAT 2 10 HIGH STREET", "10 HIGH STREET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Flat 3, Heron Hse, Acorn Wy", "3 HERON HOUSE ACORN WAY", "flat 3 heron house, acorn way",
            "3/ Heron House, Acorn Way", "Apt 3 Heron Ho Acorn Way"})
    void aNumberInFrontOfANamedBuildingIsTheFlat(String typed) {
        assertThat(normalise(typed)).isEqualTo(new Normalised("FLAT 3 HERON HOUSE ACORN WAY", "HERON HOUSE ACORN WAY"));
    }

    @ParameterizedTest
    @CsvSource({"10 Church Rd, 10 CHURCH ROAD", "4 Mill Ln, 4 MILL LANE", "7 Orchard Cl, 7 ORCHARD CLOSE",
            "22 Park Ave, 22 PARK AVENUE", "5 Beech Dr, 5 BEECH DRIVE", "9 Rose Gdns, 9 ROSE GARDENS",
            "1 Market Sq, 1 MARKET SQUARE", "3 Albion Terr, 3 ALBION TERRACE", "3 Albion Tce, 3 ALBION TERRACE",
            "8 Moon Cres, 8 MOON CRESCENT", "6 Long Wlk, 6 LONG WALK"})
    void usualAbbreviationsAreWrittenOut(String typed, String line) {
        assertThat(normalise(typed).line()).isEqualTo(line);
    }

    @Test
    void aHouseIsItsOwnBuilding() {
        assertThat(normalise("10 High St")).isEqualTo(new Normalised("10 HIGH STREET", "10 HIGH STREET"));
    }

    @Test
    void flatsInOneBuildingShareItsKeyWithEachOtherAndWithTheBuilding() {
        Normalised flat2 = normalise("Flat 2, 10 High St");
        Normalised flat5 = normalise("5/10 High Street");
        Normalised house = normalise("10 High Street");

        assertThat(flat2.line()).isNotEqualTo(flat5.line());
        assertThat(flat2.buildingKey()).isEqualTo(flat5.buildingKey()).isEqualTo(house.buildingKey());
    }

    @Test
    void flatsInANamedBuildingShareItsKey() {
        assertThat(normalise("Flat 3, Heron House, Acorn Way").buildingKey())
                .isEqualTo(normalise("12 Heron House Acorn Way").buildingKey());
    }

    @Test
    void theSameFlatNumberInDifferentBuildingsIsADifferentAddress() {
        Normalised at10 = normalise("Flat 2, 10 High Street");
        Normalised at12 = normalise("Flat 2, 12 High Street");

        assertThat(at10.line()).isNotEqualTo(at12.line());
        assertThat(at10.buildingKey()).isNotEqualTo(at12.buildingKey());
    }

    @Test
    void differentHouseNumbersInOneStreetAreDifferentBuildings() {
        assertThat(normalise("10 High Street").buildingKey()).isNotEqualTo(normalise("12 High Street").buildingKey());
    }

    @Test
    void aHouseOnAStreetNamedLikeABuildingIsAHouseNotAFlat() {
        assertThat(normalise("12 Hall Road").line()).isEqualTo("12 HALL ROAD");
        assertThat(normalise("12 Hall Road").buildingKey()).isNotEqualTo(normalise("14 Hall Road").buildingKey());
        assertThat(normalise("5 Court Lane").buildingKey()).isNotEqualTo(normalise("7 Court Lane").buildingKey());
        assertThat(normalise("3 Heron House").line()).isEqualTo("FLAT 3 HERON HOUSE");
    }

    @Test
    void namedBuildingsInOneStreetAreDifferentBuildings() {
        assertThat(normalise("Flat 1 Heron House Acorn Way").buildingKey())
                .isNotEqualTo(normalise("Flat 1 Kestrel Court Acorn Way").buildingKey());
    }

    @Test
    void aLetterAfterAFlatNumberIsPartOfIt() {
        assertThat(normalise("Flat 2a, 10 High St")).isEqualTo(new Normalised("FLAT 2A 10 HIGH STREET", "10 HIGH STREET"));
        assertThat(normalise("2A/10 High St").line()).isEqualTo("FLAT 2A 10 HIGH STREET");
    }

    @Test
    void theSecondLineIsPartOfTheAddress() {
        assertThat(AddressNormaliser.normalise("Flat 2", "10 High St"))
                .isEqualTo(AddressNormaliser.normalise("Flat 2, 10 High Street", null));
    }

    @Test
    void nothingTypedIsAnEmptyAddress() {
        assertThat(AddressNormaliser.normalise(null, null)).isEqualTo(new Normalised("", ""));
    }
}
