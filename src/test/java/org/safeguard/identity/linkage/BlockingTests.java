package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.Sex;

class BlockingTests {

    /** Scores every pair, so what a partition visits can be counted. */
    private static final Thresholds EVERY_PAIR = new Thresholds(Double.MIN_VALUE, Double.MIN_VALUE);

    @Test
    void aLinkageRefusesTheSameRecordIdTwice() {
        LinkRecord ann = new LinkRecord(7, "Ann", "Lee", "19850403", Sex.FEMALE, null, null, null, null, null);
        LinkRecord bob = new LinkRecord(3, "Bob", "Lee", "19800101", Sex.MALE, null, null, null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Linkage.within(List.of(ann, bob, ann)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Record id 7 is given twice");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Linkage.between(List.of(ann), List.of(ann)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Record id 7");
    }

    @Test
    void keysArePrefixedByRuleDeterministicAndShortEnoughToStore() {
        LinkRecord record = new LinkRecord(1, "Bill", "O'Brien-Smith", "19850403", Sex.MALE, "12 ACORN ROAD", "sg1 2ab",
                null, List.of("07700900123"), List.of("QQ123456C"));
        List<String> keys = Blocking.keysOf(record);
        assertThat(keys).isEqualTo(Blocking.keysOf(record));
        assertThat(keys).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(120));
        for (BlockingRule rule : BlockingRule.values()) {
            assertThat(rule.keysOf(record)).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith(rule.prefix() + ":"));
        }
        assertThat(BlockingRule.POSTCODE_AND_GIVEN_INITIAL.keysOf(record)).containsExactly("A:SG12AB:b", "A:SG12AB:w", "A:SG12AB:o");
    }

    @Test
    void aRuleNeedingAMissingValueGivesNoKey() {
        LinkRecord record = new LinkRecord(1, "Ann", "Lee", null, Sex.FEMALE, null, null, null, null, null);
        assertThat(BlockingRule.BIRTH_DATE.keysOf(record)).isEmpty();
        assertThat(BlockingRule.PHONE.keysOf(record)).isEmpty();
        assertThat(BlockingRule.GIVEN_AND_FAMILY_SOUND.keysOf(record)).hasSize(1);
    }

    @Test
    void aNicknameAndSwappedNamesShareAKeyWithTheFullName() {
        LinkRecord william = new LinkRecord(1, "William", "Hartley", null, Sex.MALE, null, null, null, null, null);
        LinkRecord bill = new LinkRecord(2, "Bill", "Hartley", null, Sex.MALE, null, null, null, null, null);
        LinkRecord swapped = new LinkRecord(3, "Hartley", "William", null, Sex.MALE, null, null, null, null, null);
        assertThat(Blocking.keysOf(bill)).containsAnyElementsOf(Blocking.keysOf(william));
        assertThat(Blocking.keysOf(swapped)).containsAnyElementsOf(Blocking.keysOf(william));
    }

    @Test
    void blockingComparesFarFewerThanAllPairs() {
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 4000);
        Linkage linkage = Linkage.within(records);
        long compared = linkage.scoreAll(GeneratedPeople.model(), new Thresholds(0.99, 0.5), score -> { });
        long allPairs = (long) records.size() * records.size();
        assertThat(compared).isPositive().isLessThan(allPairs / 100);
        assertThat(linkage.pairsPerRule().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(compared);
    }

    @Test
    void partitionsVisitEachCandidatePairExactlyOnceAndTogetherAreScoreAll() {
        List<LinkRecord> records = GeneratedPeople.sample().records().subList(0, 3000);
        Linkage linkage = Linkage.within(records);
        LinkageModel model = GeneratedPeople.model();
        Set<List<Long>> all = ConcurrentHashMap.newKeySet();
        long compared = linkage.scoreAll(model, EVERY_PAIR, score -> all.add(List.of(score.firstId(), score.secondId())));
        assertThat(all).hasSize((int) compared);

        int partitions = 7;
        List<List<Long>> visited = new ArrayList<>();
        long comparedInPartitions = 0;
        for (int partition = 0; partition < partitions; partition++) {
            ConcurrentLinkedQueue<List<Long>> found = new ConcurrentLinkedQueue<>();
            comparedInPartitions += linkage.scorePartition(model, EVERY_PAIR, partition, partitions,
                    score -> found.add(List.of(score.firstId(), score.secondId())));
            visited.addAll(found);
        }
        assertThat(comparedInPartitions).isEqualTo(compared);
        assertThat(new HashSet<>(visited)).hasSize(visited.size()).isEqualTo(all);
    }

    @Test
    void linkingTwoListsComparesOnlyAcrossThem() {
        List<LinkRecord> records = GeneratedPeople.sample().records();
        List<LinkRecord> left = records.subList(0, 1500);
        List<LinkRecord> right = records.subList(1500, 3000);
        Linkage linkage = Linkage.between(left, right);
        Set<Long> leftIds = new HashSet<>();
        left.forEach(r -> leftIds.add(r.id()));
        ConcurrentLinkedQueue<MatchScore> found = new ConcurrentLinkedQueue<>();
        long compared = linkage.scoreAll(GeneratedPeople.model(), EVERY_PAIR, found::add);
        assertThat(compared).isPositive();
        assertThat(found).allSatisfy(score -> {
            assertThat(leftIds).contains(score.firstId());
            assertThat(leftIds).doesNotContain(score.secondId());
        });
        assertThat(linkage.record(right.get(0).id())).isEqualTo(right.get(0));
    }

    @Test
    void theTrueDuplicatesOfGeneratedPeopleAreNearlyAllCandidates() {
        var sample = GeneratedPeople.sample();
        List<LinkRecord> records = sample.records();
        Linkage linkage = Linkage.within(records);
        long truePairs = 0;
        long candidates = 0;
        for (int i = 0; i + 1 < records.size(); i++) {
            for (int j = i + 1; j < records.size() && sample.realPersonOfRecord()[j] == sample.realPersonOfRecord()[i]; j++) {
                truePairs++;
                if (linkage.compares(records.get(i).id(), records.get(j).id())) {
                    candidates++;
                }
            }
        }
        assertThat(candidates).isGreaterThan((long) (0.99 * truePairs));
        Map<BlockingRule, Long> perRule = linkage.pairsPerRule();
        assertThat(perRule).containsOnlyKeys(BlockingRule.values());
    }
}
