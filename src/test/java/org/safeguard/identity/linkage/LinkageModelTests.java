package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.Sex;

/** What a model trained on generated people (without their truth) makes of pairs an operator would know. */
class LinkageModelTests {

    private static final Thresholds RECOMMENDED = new Thresholds(0.999, 0.5);

    @Test
    void aShortFormAndDayAndMonthSwappedStillMatch() {
        LinkRecord typed = new LinkRecord(1, "Jon", "Smyth", "3/4/1985", Sex.MALE, null, null, null, null, null);
        LinkRecord known = new LinkRecord(2, "Jonathan", "Smith", "04/03/1985", Sex.MALE, null, null, null, null, null);
        MatchScore score = model().score(typed, known);
        assertThat(score.probability()).isGreaterThanOrEqualTo(RECOMMENDED.reviewFrom());
        assertThat(score.reasons()).contains("given name: a short form of the other", "date of birth: day and month swapped");
    }

    @Test
    void aWomanWhoMarriedAndMovedIsFoundByHerDateOfBirthAndPhone() {
        LinkRecord before = new LinkRecord(1, "Chloe", "Harrington", "19910614", Sex.FEMALE, "12 ACORN ROAD", "SG1 2AB",
                null, List.of("07700900123"), null);
        LinkRecord after = new LinkRecord(2, "Chloe", "Okonkwo", "19910614", Sex.FEMALE, "FLAT 3 HERON HOUSE KILN WAY",
                "LU1 5XY", null, List.of("07700900123"), null);
        MatchScore score = model().score(before, after);
        assertThat(RECOMMENDED.decide(score.probability())).isNotEqualTo(Thresholds.Decision.NONE);
        assertThat(score.evidence().get(Comparison.FAMILY_NAME.ordinal()).finding())
                .isEqualTo("different, both female (a married name?)");
    }

    @Test
    void aNicknameAtTheSameAddressIsLinked() {
        LinkRecord bill = new LinkRecord(1, "Bill", "Hartley", "19700101", Sex.MALE, "4 ELM WAY", "AL1 1AA", null, null, null);
        LinkRecord william = new LinkRecord(2, "William", "Hartley", "19700101", Sex.MALE, "4 ELM WAY", "AL1 1AA", null, null, null);
        assertThat(RECOMMENDED.decide(model().score(bill, william).probability())).isEqualTo(Thresholds.Decision.LINK);
    }

    @Test
    void givenAndFamilyNamesTypedTheWrongWayRoundAreLinked() {
        LinkRecord straight = new LinkRecord(1, "Chidi", "Okafor", "19800512", Sex.MALE, "4 ELM WAY", "AL1 1AA", null, null, null);
        LinkRecord swapped = new LinkRecord(2, "OKAFOR", "chidi", "19800512", Sex.MALE, "4 ELM WAY", "AL1 1AA", null, null, null);
        MatchScore score = model().score(straight, swapped);
        assertThat(score.namesSwapped()).isTrue();
        assertThat(RECOMMENDED.decide(score.probability())).isEqualTo(Thresholds.Decision.LINK);
        assertThat(score.reasons()).contains("given name: swapped with the family name");
    }

    @Test
    void accentsPunctuationCapitalsAndHyphensDoNotStopAMatch() {
        LinkRecord typed = new LinkRecord(1, " josé ", "o'brien-SMITH", "19751230", Sex.MALE, null, null, null, null, null);
        LinkRecord known = new LinkRecord(2, "Jose", "OBrien Smith", "19751230", Sex.MALE, null, null, null, null, null);
        MatchScore score = model().score(typed, known);
        assertThat(score.evidence().get(Comparison.GIVEN_NAME.ordinal()).level()).isZero();
        assertThat(score.evidence().get(Comparison.FAMILY_NAME.ordinal()).level()).isZero();
    }

    @Test
    void twoPeopleSharingACommonNameAndBirthYearAreNotLinked() {
        LinkRecord one = new LinkRecord(1, "Olivia", "Smith", "19850612", Sex.FEMALE, "12 ACORN ROAD", "SG1 2AB", null,
                List.of("07700900111"), null);
        LinkRecord other = new LinkRecord(2, "Olivia", "Smith", "19851103", Sex.FEMALE, "7 MAPLE CLOSE", "LU4 8QT", null,
                List.of("07700900222"), null);
        assertThat(model().score(one, other).probability()).isLessThan(RECOMMENDED.autoLinkFrom());
    }

    @Test
    void agreeingOnARareFamilyNameCountsForMoreThanOnSmith() {
        MatchScore smiths = model().score(named("Smith"), named("Smith"));
        MatchScore rare = model().score(named("Quennell"), named("Quennell"));
        assertThat(familyWeight(rare)).isGreaterThan(familyWeight(smiths));
        assertThat(rare.weight()).isGreaterThan(smiths.weight());
        assertThat(smiths.evidence().get(Comparison.FAMILY_NAME.ordinal()).finding()).isEqualTo("the same (a common name)");
    }

    @Test
    void badInputIsNormalisedNeverAnError() {
        LinkRecord empty = new LinkRecord(1, null, null, null, null, null, null, null, null, null);
        LinkRecord odd = new LinkRecord(2, "  --  ", "!!", "99999999999", Sex.NOT_KNOWN, "  ", "??", List.of(""), List.of("", "+"),
                List.of(" "));
        assertThatCode(() -> model().score(empty, odd)).doesNotThrowAnyException();
        MatchScore score = model().score(empty, odd);
        assertThat(score.evidence()).allSatisfy(e -> {
            assertThat(e.level()).isEqualTo(-1);
            assertThat(e.weight()).isZero();
        });
        assertThat(Blocking.keysOf(odd)).isEmpty();
    }

    @Test
    void everyComparisonIsListedWithItsFindingInWords() {
        MatchScore score = model().score(named("Smith"), named("Smyth"));
        assertThat(score.evidence()).extracting(Evidence::comparison).containsExactly(Comparison.values());
        assertThat(score.evidence().get(Comparison.FAMILY_NAME.ordinal()).finding()).isEqualTo("a slip of typing apart");
        assertThat(score.evidence().get(Comparison.PHONE.ordinal()).finding()).isEqualTo("not recorded on both");
    }

    @Test
    void emFindsThatMatchesShareTheirDateOfBirthAndStrangersRarelyDo() {
        LinkageModel model = model();
        assertThat(model.m(Comparison.BIRTH_DATE, 0)).isGreaterThan(0.5);
        assertThat(model.m(Comparison.BIRTH_DATE, 0)).isGreaterThan(1000 * model.u(Comparison.BIRTH_DATE, 0));
        assertThat(model.m(Comparison.SEX, 0)).isGreaterThan(0.99);
        assertThat(model.uAtOneAddress(Comparison.FAMILY_NAME, 0)).isGreaterThan(10 * model.u(Comparison.FAMILY_NAME, 0));
        assertThat(model.prior()).isBetween(1e-7, 1e-3);
    }

    @Test
    void trainingRefusesWhenNoTwoRecordsAtOneAddressBothHaveADateOfBirth() {
        java.util.Set<String> dated = new java.util.HashSet<>();
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 5000).stream()
                .map(r -> r.address() == null || dated.add(r.address() + "|" + r.postcode()) ? r : withBirthDate(r, null))
                .toList();
        assertThatThrownBy(() -> LinkageModel.train(records, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Too few records").hasMessageContaining("at one address both with a date of birth");
    }

    @Test
    void trainingRefusesWhenNoTwoRecordsShareADateOfBirth() {
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 5000).stream()
                .map(r -> withBirthDate(r, LinkRecord.birthDate(java.time.LocalDate.of(1900, 1, 1).plusDays(r.id())))).toList();
        assertThatThrownBy(() -> LinkageModel.train(records, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pairs born the same day");
    }

    @Test
    void trainingRefusesWhenNoTwoRecordsShareAnAddress() {
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 5000).stream()
                .map(r -> new LinkRecord(r.id(), r.givenName(), r.familyName(), r.birthDate(), r.sex(), null, null,
                        null, r.phones(), null)).toList();
        assertThatThrownBy(() -> LinkageModel.train(records, 3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pairs at one address");
    }

    @Test
    void thePriorCountsMatchesWhoseDateOfBirthIsMissing() {
        List<LinkRecord> records = GeneratedPeople.sample().records();
        List<LinkRecord> someUndated = records.stream().map(r -> r.id() % 10 < 3 ? withBirthDate(r, null) : r).toList();
        double ratio = LinkageModel.train(someUndated, 7).prior() / model().prior();
        assertThat(ratio).isBetween(0.75, 1.33);
    }

    @Test
    void aNameNeverSeenCountsNoRarerThanOneInAHundredThousand() {
        NameFrequencies millions = new NameFrequencies(java.util.Map.of("SMITH", 100_000), 10_000_000, 1e-4);
        assertThat(millions.adjustment("ZQXWV")).isEqualTo(LinkageModel.log2(1e-4 / NameFrequencies.RAREST));
    }

    @Test
    void aStoredModelWithAProbabilityOutsideZeroAndOneIsRefused() {
        assertRefused(json -> json.put("prior", 1.5), "the prior");
        assertRefused(json -> json.put("prior", Double.NaN), "the prior");
        assertRefused(json -> level(json, 0, 0).put("m", 0.0), "m of GIVEN_NAME");
        assertRefused(json -> level(json, 2, 1).put("u", 1.0), "u of BIRTH_DATE");
        assertRefused(json -> level(json, Comparison.FAMILY_NAME.ordinal(), 0).put("uAtOneAddress", -0.1),
                "uAtOneAddress of FAMILY_NAME");
    }

    @Test
    void aStoredModelWithAFieldMissingOrAComparisonTwiceIsRefused() {
        assertRefused(json -> json.remove("seed"), "no seed");
        assertRefused(json -> level(json, 3, 0).remove("u"), "no u of SEX");
        assertRefused(json -> level(json, Comparison.PHONE.ordinal(), 0).remove("uAtOneAddress"), "no uAtOneAddress of PHONE");
        assertRefused(json -> json.remove("familyNames"), "no familyNames");
        assertRefused(json -> ((tools.jackson.databind.node.ArrayNode) json.get("comparisons"))
                .add(json.get("comparisons").get(1).deepCopy()), "FAMILY_NAME twice");
    }

    @Test
    void aStoredModelOfAnotherWayOfComparingIsRefusedAskingToTrainAgain() {
        assertRefused(json -> json.put("method", LinkageModel.METHOD - 1), "train the model again");
        assertRefused(json -> json.remove("method"), "train the model again");
    }

    private static void assertRefused(java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> change,
                                      String saying) {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode json =
                (tools.jackson.databind.node.ObjectNode) mapper.readTree(model().toJson());
        change.accept(json);
        String changed = mapper.writeValueAsString(json);
        assertThatThrownBy(() -> LinkageModel.fromJson(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(saying);
    }

    private static tools.jackson.databind.node.ObjectNode level(tools.jackson.databind.node.ObjectNode json,
                                                               int comparison, int level) {
        return (tools.jackson.databind.node.ObjectNode) json.get("comparisons").get(comparison).get("levels").get(level);
    }

    @Test
    void trainingIsTheSameForTheSameSeed() {
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 5000);
        assertThat(LinkageModel.train(records, 3).toJson()).isEqualTo(LinkageModel.train(records, 3).toJson());
    }

    @Test
    void aStoredModelScoresExactlyAsTheTrainedOne() {
        LinkageModel stored = LinkageModel.fromJson(model().withVersion(4).toJson());
        assertThat(stored.version()).isEqualTo(4);
        assertThat(model().version()).isZero();
        List<LinkRecord> records = GeneratedPeople.sample().records();
        for (int i = 0; i + 1 < 400; i++) {
            MatchScore before = model().score(records.get(i), records.get(i + 1));
            MatchScore after = stored.score(records.get(i), records.get(i + 1));
            assertThat(after.weight()).isEqualTo(before.weight());
            assertThat(after.evidence()).isEqualTo(before.evidence());
            assertThat(after.modelVersion()).isEqualTo(4);
        }
    }

    private static LinkRecord withBirthDate(LinkRecord r, String birthDate) {
        return new LinkRecord(r.id(), r.givenName(), r.familyName(), birthDate, r.sex(), r.address(), r.postcode(),
                r.previousAddresses(), r.phones(), r.identifiers());
    }

    private static double familyWeight(MatchScore score) {
        return score.evidence().get(Comparison.FAMILY_NAME.ordinal()).weight();
    }

    private static LinkRecord named(String family) {
        return new LinkRecord(1, "Amelia", family, null, Sex.FEMALE, null, null, null, null, null);
    }

    private static LinkageModel model() {
        return GeneratedPeople.model();
    }
}
