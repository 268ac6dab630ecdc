package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.LinkageSamples;
import org.safeguard.identity.Sex;

/**
 * Issue 4: the record-linkage engine, through its public API only — names normalised alike, the trained
 * model's scores for the cases a specialist relies on (short forms, swapped day and month, a new married
 * name, swapped names, two different John Smiths, rare against common names, missing or impossible dates),
 * a model that survives being stored, blocking that never compares all pairs and whose partitions find
 * exactly what one run finds, and a quality floor on generated people whose true identity is known.
 * Parents and grown-up children at one address are people too: they must not be linked automatically.
 * Synthetic data only. One model is trained for the class, on the demo generator's people.
 */
class RecordLinkageTests {

    private static final int PEOPLE = 20_000;
    private static final Thresholds THRESHOLDS = new Thresholds(0.99, 0.5);

    private static LinkageSamples.Sample sample;
    private static LinkageModel model;

    @BeforeAll
    static void trainOneModel() {
        sample = LinkageSamples.generate(PEOPLE, 20_260_401L);
        model = LinkageModel.train(sample.records(), 4L);
    }

    private static LinkRecord person(long id, String given, String family, String birthDate, Sex sex,
                                     String address, String postcode, String... phones) {
        return new LinkRecord(id, given, family, birthDate, sex, address, postcode, List.of(), List.of(phones), List.of());
    }

    private static Evidence evidenceOf(MatchScore score, Comparison comparison) {
        return score.evidence().stream().filter(e -> e.comparison() == comparison).findFirst().orElseThrow();
    }

    private static String reason(Comparison comparison, int level) {
        return comparison.label().toLowerCase() + ": " + comparison.levels().get(level);
    }

    // 1. Names

    @Test
    void accentsPunctuationHyphensAndCapitalsNormaliseAlike() {
        assertThat(NameForms.normalise("José")).isEqualTo(NameForms.normalise("JOSE")).isEqualTo("jose");
        assertThat(NameForms.normalise("O'Brien")).isEqualTo(NameForms.normalise("obrien")).isEqualTo("obrien");
        assertThat(NameForms.normalise("Smith-Jones")).isEqualTo(NameForms.normalise("SMITH JONES")).isEqualTo("smith jones");
        assertThat(NameForms.normalise("  Zoë   Brontë-Smith ")).isEqualTo("zoe bronte smith");
    }

    @Test
    void blankOrNullNameNormalisesToEmptyAndNeverThrows() {
        for (String blank : new String[] {null, "", "   ", "-", "'.,", "\t\n"}) {
            assertThatCode(() -> NameForms.normalise(blank)).doesNotThrowAnyException();
            assertThat(NameForms.normalise(blank)).as("normalise(%s)", blank).isEmpty();
        }
    }

    // 2. Scores from the trained model

    @Test
    void shortFormTypingSlipAndSwappedDayAndMonthWithSamePhoneReachReviewAndSayWhy() {
        LinkRecord jon = person(1, "Jon", "Smyth", "19850403", Sex.MALE, "12 ACACIA AVENUE LEEDS", "LS1 4AB", "07700900123");
        LinkRecord jonathan = person(2, "Jonathan", "Smith", "19850304", Sex.MALE, "7 MILL LANE BRADFORD", "BD3 9XY", "07700900123");

        MatchScore score = model.score(jon, jonathan);

        assertThat(score.probability()).as("probability, reasons %s", score.reasons()).isGreaterThanOrEqualTo(THRESHOLDS.reviewFrom());
        assertThat(THRESHOLDS.decide(score.probability())).isNotEqualTo(Thresholds.Decision.NONE);
        int shortForm = Comparison.GIVEN_NAME.levels().indexOf("a short form of the other");
        int swapped = Comparison.BIRTH_DATE.levels().indexOf("day and month swapped");
        assertThat(evidenceOf(score, Comparison.GIVEN_NAME).level()).isEqualTo(shortForm);
        assertThat(evidenceOf(score, Comparison.BIRTH_DATE).level()).isEqualTo(swapped);
        assertThat(score.reasons())
                .contains(reason(Comparison.GIVEN_NAME, shortForm), reason(Comparison.BIRTH_DATE, swapped))
                .contains("given name: a short form of the other", "date of birth: day and month swapped");
    }

    @Test
    void womanWithNewFamilyNameAndNewAddressButSameBirthDateAndPhoneReachesReview() {
        LinkRecord before = person(1, "Rebecca", "Whitfield", "19880712", Sex.FEMALE, "4 ORCHARD CLOSE YORK", "YO10 3RT", "07700900456");
        LinkRecord after = person(2, "Rebecca", "Okonkwo", "19880712", Sex.FEMALE, "88 HIGH STREET HULL", "HU1 2QQ", "07700900456");

        MatchScore score = model.score(before, after);

        assertThat(score.probability()).as("probability, reasons %s", score.reasons()).isGreaterThanOrEqualTo(THRESHOLDS.reviewFrom());
        assertThat(evidenceOf(score, Comparison.FAMILY_NAME).level())
                .as("family names of two women that differ").isEqualTo(5);
    }

    @Test
    void swappedGivenAndFamilyNamesWithSameBirthDateReachReviewAndAreMarkedSwapped() {
        LinkRecord one = person(1, "Amira", "Hussain", "19920815", Sex.FEMALE, null, null);
        LinkRecord other = person(2, "Hussain", "Amira", "19920815", Sex.FEMALE, null, null);

        MatchScore score = model.score(one, other);

        assertThat(score.namesSwapped()).isTrue();
        assertThat(score.probability()).as("probability, reasons %s", score.reasons()).isGreaterThanOrEqualTo(THRESHOLDS.reviewFrom());
    }

    @Test
    void twoDifferentPeopleSharingACommonNameAndBirthYearAreNeverLinkedAutomatically() {
        LinkRecord one = person(1, "John", "Smith", "19850304", Sex.MALE, "12 ACACIA AVENUE LEEDS", "LS1 4AB", "07700900111");
        LinkRecord other = person(2, "John", "Smith", "19851119", Sex.MALE, "7 MILL LANE BRADFORD", "BD3 9XY", "07700900222");

        MatchScore score = model.score(one, other);

        assertThat(score.probability()).as("probability, reasons %s", score.reasons()).isLessThan(THRESHOLDS.autoLinkFrom());
        assertThat(THRESHOLDS.decide(score.probability())).isNotEqualTo(Thresholds.Decision.LINK);
    }

    @Test
    void motherAndDaughterSharingHomeFamilyNameAndLandlineAreNeverLinkedAutomatically() {
        LinkRecord mother = person(1, "Isla", "Holbrooke", "19630917", Sex.FEMALE, "FLAT 20 LINNET HOUSE PRIMROSE STREET", "SG13 7BP",
                "07700900348", "02896496247");
        LinkRecord daughter = person(2, "Sophia", "Holbrooke", "19910205", Sex.FEMALE, "FLAT 20 LINNET HOUSE PRIMROSE STREET", "SG13 7BP",
                "07700900395", "02896496247");

        MatchScore score = model.score(mother, daughter);

        assertThat(score.probability()).as("probability, reasons %s", score.reasons()).isLessThan(THRESHOLDS.autoLinkFrom());
        assertThat(THRESHOLDS.decide(score.probability())).isNotEqualTo(Thresholds.Decision.LINK);
    }

    @Test
    void agreeingOnARareFamilyNameWeighsMoreThanAgreeingOnSmith() {
        MatchScore smiths = model.score(
                person(1, "Thomas", "Smith", "19790521", Sex.MALE, null, null),
                person(2, "Thomas", "Smith", "19790521", Sex.MALE, null, null));
        MatchScore rare = model.score(
                person(1, "Thomas", "Quennevillard", "19790521", Sex.MALE, null, null),
                person(2, "Thomas", "Quennevillard", "19790521", Sex.MALE, null, null));

        Evidence smith = evidenceOf(smiths, Comparison.FAMILY_NAME);
        Evidence quennevillard = evidenceOf(rare, Comparison.FAMILY_NAME);
        assertThat(smith.level()).isZero();
        assertThat(quennevillard.level()).isZero();
        assertThat(quennevillard.weight()).isGreaterThan(smith.weight());
        assertThat(rare.weight()).isGreaterThan(smiths.weight());
        assertThat(rare.probability()).isGreaterThanOrEqualTo(smiths.probability());
    }

    @Test
    void missingBirthDateAddsNothing() {
        LinkRecord known = person(1, "Natalie", "Brennan", "19900612", Sex.FEMALE, "3 PARK ROAD LEEDS", "LS6 2AA");
        LinkRecord unknown = person(2, "Natalie", "Brennan", null, Sex.FEMALE, "3 PARK ROAD LEEDS", "LS6 2AA");
        LinkRecord alsoUnknown = person(3, "Natalie", "Brennan", "", Sex.FEMALE, "3 PARK ROAD LEEDS", "LS6 2AA");

        for (LinkRecord missing : List.of(unknown, alsoUnknown)) {
            MatchScore score = model.score(known, missing);
            Evidence born = evidenceOf(score, Comparison.BIRTH_DATE);
            assertThat(born.level()).isEqualTo(-1);
            assertThat(born.weight()).isZero();
            assertThat(score.reasons()).noneMatch(r -> r.startsWith("date of birth"));
        }
        // the score is the same whichever side lacks it
        assertThat(model.score(unknown, known).probability()).isEqualTo(model.score(known, unknown).probability());
    }

    @Test
    void impossibleBirthDateComparesWithoutAnException() {
        LinkRecord impossible = person(1, "Ian", "Clegg", "19900231", Sex.MALE, null, null);
        LinkRecord valid = person(2, "Ian", "Clegg", "19900213", Sex.MALE, null, null);
        LinkRecord same = person(3, "Ian", "Clegg", "19900231", Sex.MALE, null, null);

        assertThatCode(() -> model.score(impossible, valid)).doesNotThrowAnyException();
        assertThat(evidenceOf(model.score(impossible, valid), Comparison.BIRTH_DATE).level()).isBetween(0, 4);
        assertThat(evidenceOf(model.score(impossible, same), Comparison.BIRTH_DATE).level()).isZero();
        assertThatCode(() -> Blocking.keysOf(impossible)).doesNotThrowAnyException();
        assertThatCode(() -> Linkage.within(List.of(impossible, valid, same)).scoreAll(model, THRESHOLDS, s -> { }))
                .doesNotThrowAnyException();
    }

    @Test
    void storedModelReadBackScoresEveryPairIdentically() {
        String json = model.toJson();
        LinkageModel readBack = LinkageModel.fromJson(json);

        List<LinkRecord[]> pairs = List.of(
                new LinkRecord[] {person(1, "Jon", "Smyth", "19850403", Sex.MALE, null, null, "07700900123"),
                        person(2, "Jonathan", "Smith", "19850304", Sex.MALE, null, null, "07700900123")},
                new LinkRecord[] {person(1, "John", "Smith", "19850304", Sex.MALE, "12 ACACIA AVENUE LEEDS", "LS1 4AB"),
                        person(2, "John", "Smith", "19851119", Sex.MALE, "7 MILL LANE BRADFORD", "BD3 9XY")},
                new LinkRecord[] {person(1, "Thomas", "Quennevillard", "19790521", Sex.MALE, null, null),
                        person(2, "Tom", "Quennevillard", null, Sex.MALE, null, null)},
                new LinkRecord[] {sample.records().get(0), sample.records().get(1)},
                new LinkRecord[] {sample.records().get(10), sample.records().get(11)});
        for (LinkRecord[] pair : pairs) {
            MatchScore original = model.score(pair[0], pair[1]);
            MatchScore again = readBack.score(pair[0], pair[1]);
            assertThat(again.probability()).isEqualTo(original.probability());
            assertThat(again.weight()).isEqualTo(original.weight());
            assertThat(again.evidence()).isEqualTo(original.evidence());
        }
        assertThat(readBack.toJson()).isEqualTo(json);
    }

    // 3. Blocking

    @Test
    void pairSharingNoBlockingKeyIsNeverCompared() {
        LinkRecord one = person(1, "Olivia", "Pemberton", "19870214", Sex.FEMALE, "1 RIVER VIEW LEEDS", "LS1 1AA", "07700900001");
        LinkRecord other = person(2, "Kwame", "Asante", "19630930", Sex.MALE, "9 HILL TOP SHEFFIELD", "S10 2BB", "07700900002");

        assertThat(Blocking.keysOf(one)).isNotEmpty().doesNotContainAnyElementsOf(Blocking.keysOf(other));
        Linkage linkage = Linkage.within(List.of(one, other));
        List<MatchScore> found = Collections.synchronizedList(new ArrayList<>());
        assertThat(linkage.scoreAll(model, new Thresholds(0.99, 1e-9), found::add)).isZero();
        assertThat(found).isEmpty();
        assertThat(linkage.compares(1, 2)).isFalse();
    }

    @Test
    void blockingKeysOfAllRulesTogetherAreEachRulesKeysWithItsPrefix() {
        LinkRecord bill = person(1, "Bill", "Harrington", "19750309", Sex.MALE, "5 CHURCH STREET LEEDS", "LS2 7QT", "07700900333");
        List<String> all = new ArrayList<>();
        for (BlockingRule rule : BlockingRule.values()) {
            List<String> keys = rule.keysOf(bill);
            assertThat(keys).allMatch(key -> key.startsWith(rule.prefix() + ":"));
            all.addAll(keys);
        }
        assertThat(Blocking.keysOf(bill)).containsExactlyInAnyOrderElementsOf(all);
        // a nickname lands in the same name block as the full name
        LinkRecord william = person(2, "William", "Harrington", null, Sex.MALE, null, null);
        assertThat(BlockingRule.GIVEN_AND_FAMILY_SOUND.keysOf(william))
                .containsAnyElementsOf(BlockingRule.GIVEN_AND_FAMILY_SOUND.keysOf(bill));
    }

    @Test
    void blockingComparesUnderOnePercentOfAllPairs() {
        List<LinkRecord> records = sample.records().subList(0, 4_000);
        long n = records.size();

        long compared = Linkage.within(records).scoreAll(model, THRESHOLDS, s -> { });

        assertThat(compared).isPositive().isLessThan(n * (n - 1) / 2 / 100);
    }

    @Test
    void partitionsTogetherFindExactlyThePairsOfOneRun() {
        List<LinkRecord> records = sample.records().subList(0, 3_000);
        Linkage linkage = Linkage.within(records);
        Thresholds low = new Thresholds(0.99, 1e-6);

        Set<List<Long>> all = ConcurrentHashMap.newKeySet();
        AtomicLong allFound = new AtomicLong();
        long allCompared = linkage.scoreAll(model, low, s -> {
            allFound.incrementAndGet();
            all.add(List.of(s.firstId(), s.secondId()));
        });

        int partitions = 5;
        Set<List<Long>> byPartition = new HashSet<>();
        long partitionFound = 0;
        long partitionCompared = 0;
        for (int p = 0; p < partitions; p++) {
            Set<List<Long>> found = ConcurrentHashMap.newKeySet();
            AtomicLong count = new AtomicLong();
            partitionCompared += linkage.scorePartition(model, low, p, partitions, s -> {
                count.incrementAndGet();
                found.add(List.of(s.firstId(), s.secondId()));
            });
            assertThat(byPartition).as("pairs found in partition %d and an earlier one", p).doesNotContainAnyElementsOf(found);
            byPartition.addAll(found);
            partitionFound += count.get();
        }

        assertThat(all).hasSizeGreaterThan(500);
        assertThat(allFound.get()).as("each pair handed over once").isEqualTo(all.size());
        assertThat(byPartition).isEqualTo(all);
        assertThat(partitionFound).isEqualTo(allFound.get());
        assertThat(partitionCompared).isEqualTo(allCompared);
    }

    // 4. Quality on generated people whose identity is known

    @Test
    void precisionAndRecallOfLinksAtHalfProbabilityAreAtLeastNinetyPercent() {
        Linkage linkage = Linkage.within(sample.records());
        AtomicLong predicted = new AtomicLong();
        AtomicLong correct = new AtomicLong();
        long compared = linkage.scoreAll(model, THRESHOLDS, s -> {
            predicted.incrementAndGet();
            if (sample.realPersonOf(s.firstId()) == sample.realPersonOf(s.secondId())) {
                correct.incrementAndGet();
            }
        });
        long truePairs = sample.truePairs();
        double precision = (double) correct.get() / predicted.get();
        double recall = (double) correct.get() / truePairs;
        System.out.printf("RecordLinkageTests quality: %d records, %d compared, %d predicted, %d correct, %d true pairs,"
                        + " precision %.4f, recall %.4f%n",
                sample.records().size(), compared, predicted.get(), correct.get(), truePairs, precision, recall);

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.9);
    }
}
