package org.safeguard.offender.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.OffenceGroup;

/**
 * DOMAIN.md "RFG ranking — project method": Score = R × (F + G) × (1 + 0.5 × (V − 1)) over 36 calendar months
 * of domestic abuse incidents as a suspect, each figure worked out by hand below.
 */
class RfgScoringTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Noon on 30 June 2026, UK time (BST). */
    private static final Instant NOW = uk(2026, 6, 30, 12, 0);

    private final RfgScoring method = new RfgScoring(RfgScoring.Weights.defaults());

    private static Instant uk(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    private RfgScoring.Tally tally(long personKey) {
        return new RfgScoring.Tally(personKey, method);
    }

    @Test
    void aHandWorkedPerpetratorScoresRTimesFPlusGTimesTheVictimFactor() {
        RfgScoring.Tally a = tally(100);
        // Incident 1, 1 May 2026, common assault and threats to kill: its most serious weighs 4.
        a.add(1, uk(2026, 5, 1, 22, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT, OffenceGroup.THREATS_TO_KILL), 200L);
        // Incident 2, 1 December 2025, strangulation: 8. The same victim.
        a.add(2, uk(2025, 12, 1, 9, 0), "Southtown", Set.of(OffenceGroup.STRANGULATION), 200L);
        // Incident 3, 1 January 2024 (30 months ago, in the window), no offence recorded: 0. Another victim.
        a.add(3, uk(2024, 1, 1, 1, 0), "Southtown", Set.of(), 300L);

        RfgScoring.Score score = method.score(a, NOW);

        // R = 5 (latest within 3 months), F = 3, G = 4 + 8 + 0 = 12, V = 2: 5 × 15 × (1 + 0.5 × 1) = 112.5
        assertThat(score.recency()).isEqualTo(5);
        assertThat(score.frequency()).isEqualTo(3);
        assertThat(score.gravity()).isEqualTo(12);
        assertThat(score.victims()).isEqualTo(2);
        assertThat(score.score()).isEqualByComparingTo("112.5");
        assertThat(score.incidents()).isEqualTo(3);
        assertThat(score.latestIncidentAt()).isEqualTo(uk(2026, 5, 1, 22, 0));
        assertThat(score.area()).as("the area of the latest incident").isEqualTo("Northtown");
    }

    @Test
    void anIncidentWithTwoVictimsCountsOnceForFrequencyAndGravityAndTwiceForVictims() {
        RfgScoring.Tally b = tally(101);
        Instant october = uk(2025, 10, 15, 20, 0);
        b.add(4, october, "Northtown", Set.of(OffenceGroup.HARASSMENT), 201L);
        b.add(4, october, "Northtown", Set.of(OffenceGroup.HARASSMENT), 202L);

        RfgScoring.Score score = method.score(b, NOW);

        // R = 3 (within 12 months, not 6), F = 1, G = 1, V = 2: 3 × 2 × 1.5 = 9
        assertThat(List.of(score.recency(), score.frequency(), score.gravity(), score.victims())).containsExactly(3, 1, 1, 2);
        assertThat(score.score()).isEqualByComparingTo("9");
    }

    @Test
    void recencyBandsIncludeTheirEdgeInCalendarMonthsOnTheUkClock() {
        // Three calendar months before noon on 30 June (BST) is noon on 30 March (GMT).
        assertThat(method.recency(uk(2026, 3, 30, 12, 0), NOW)).isEqualTo(5);
        assertThat(method.recency(uk(2026, 3, 30, 11, 59), NOW)).isEqualTo(4);
        assertThat(method.recency(uk(2025, 12, 30, 12, 0), NOW)).isEqualTo(4);
        assertThat(method.recency(uk(2025, 12, 30, 11, 59), NOW)).isEqualTo(3);
        assertThat(method.recency(uk(2025, 6, 30, 12, 0), NOW)).isEqualTo(3);
        assertThat(method.recency(uk(2024, 6, 30, 12, 0), NOW)).isEqualTo(2);
        assertThat(method.recency(uk(2024, 6, 30, 11, 59), NOW)).isEqualTo(1);
    }

    @Test
    void threeMonthsBeforeTheLastDayOfMayIsTheLastDayOfFebruary() {
        Instant endOfMay = uk(2026, 5, 31, 9, 0);
        assertThat(method.recency(uk(2026, 2, 28, 9, 0), endOfMay)).isEqualTo(5);
        assertThat(method.recency(uk(2026, 2, 27, 9, 0), endOfMay)).isEqualTo(4);
    }

    @Test
    void theWindowIs36CalendarMonths() {
        assertThat(method.windowStart(NOW)).isEqualTo(uk(2023, 6, 30, 12, 0));
    }

    @Test
    void frequencyIsCappedAtTenButEveryIncidentAddsItsGravity() {
        RfgScoring.Tally many = tally(102);
        for (int n = 1; n <= 12; n++) {
            many.add(n, uk(2026, 1, n, 10, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT), 400L);
        }

        RfgScoring.Score score = method.score(many, NOW);

        // R = 4 (latest 12 January: within 6 months), F = 10 (12 capped), G = 12 × 2 = 24, V = 1: 4 × 34 = 136
        assertThat(score.frequency()).isEqualTo(10);
        assertThat(score.incidents()).isEqualTo(12);
        assertThat(score.gravity()).isEqualTo(24);
        assertThat(score.score()).isEqualByComparingTo("136");
    }

    @Test
    void equalScoresRankTheMoreRecentLatestIncidentFirstThenTheSmallerPersonKey() {
        RfgScoring.Tally earlier = tally(1);
        earlier.add(10, uk(2026, 6, 1, 10, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT), 900L);
        RfgScoring.Tally later = tally(2);
        later.add(11, uk(2026, 6, 2, 10, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT), 901L);
        RfgScoring.Tally sameAsLater = tally(3);
        sameAsLater.add(12, uk(2026, 6, 2, 10, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT), 902L);

        List<RfgScoring.Score> scores = new ArrayList<>(List.of(method.score(earlier, NOW), method.score(sameAsLater, NOW),
                method.score(later, NOW)));
        scores.sort(RfgScoring.RANK_ORDER);

        // All three: 5 × (1 + 2) × 1 = 15
        assertThat(scores).allSatisfy(s -> assertThat(s.score()).isEqualByComparingTo("15"));
        assertThat(scores).extracting(RfgScoring.Score::personKey).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aHigherScoreRanksAboveAMoreRecentIncident() {
        RfgScoring.Tally grave = tally(7);
        grave.add(20, uk(2026, 4, 1, 10, 0), "Northtown", Set.of(OffenceGroup.SERIOUS_WOUNDING), 903L);
        RfgScoring.Tally recent = tally(8);
        recent.add(21, uk(2026, 6, 29, 10, 0), "Northtown", Set.of(OffenceGroup.HARASSMENT), 904L);

        List<RfgScoring.Score> scores = new ArrayList<>(List.of(method.score(recent, NOW), method.score(grave, NOW)));
        scores.sort(RfgScoring.RANK_ORDER);

        // 5 × (1 + 10) = 55 above 5 × (1 + 1) = 10
        assertThat(scores).extracting(RfgScoring.Score::personKey).containsExactly(7L, 8L);
    }

    @Test
    void aVictimUnderTwoLinkedRecordsIsOneVictimAndThePerpetratorIsNeverTheirOwn() {
        // The caller gives each victim record its person key: records 250 and 251 are one woman, key 250.
        RfgScoring.Tally c = tally(103);
        c.add(30, uk(2026, 6, 1, 10, 0), "Northtown", Set.of(), 250L);
        c.add(31, uk(2026, 6, 2, 10, 0), "Northtown", Set.of(), 250L);
        c.add(32, uk(2026, 6, 3, 10, 0), "Northtown", Set.of(), 103L);

        RfgScoring.Score score = method.score(c, NOW);

        // R = 5, F = 3, G = 0, V = 1: 5 × 3 × 1 = 15
        assertThat(score.victims()).isEqualTo(1);
        assertThat(score.score()).isEqualByComparingTo("15");
    }

    @Test
    void noVictimRecordedShowsNoneButScoresAsOne() {
        RfgScoring.Tally d = tally(104);
        d.add(40, uk(2026, 6, 1, 10, 0), "Northtown", Set.of(OffenceGroup.COMMON_ASSAULT), null);

        RfgScoring.Score score = method.score(d, NOW);

        // R = 5, F = 1, G = 2, V = 0 with a multiplier of 1: 15
        assertThat(score.victims()).isZero();
        assertThat(score.score()).isEqualByComparingTo("15");
    }

    @Test
    void weightsFromSettingsChangeTheScore() {
        Map<OffenceGroup, Integer> gravity = RfgScoring.Weights.defaultGravity();
        gravity.put(OffenceGroup.STRANGULATION, 20);
        RfgScoring local = new RfgScoring(new RfgScoring.Weights(12, List.of(1, 6), List.of(3, 2, 1), 2, gravity, 1,
                new BigDecimal("1.0")));
        RfgScoring.Tally e = new RfgScoring.Tally(105, local);
        e.add(50, uk(2026, 6, 20, 10, 0), "Northtown", Set.of(OffenceGroup.STRANGULATION), 500L);
        e.add(51, uk(2026, 2, 1, 10, 0), "Northtown", Set.of(), 501L);
        e.add(52, uk(2026, 1, 1, 10, 0), "Northtown", Set.of(), 502L);

        RfgScoring.Score score = local.score(e, NOW);

        // R = 3 (within 1 month), F = 2 (3 capped at 2), G = 20 + 1 + 1 (no offence weighs 1), V = 3:
        // 3 × 24 × (1 + 1.0 × 2) = 216
        assertThat(List.of(score.recency(), score.frequency(), score.gravity(), score.victims())).containsExactly(3, 2, 22, 3);
        assertThat(score.score()).isEqualByComparingTo("216");
        assertThat(local.windowStart(NOW)).isEqualTo(uk(2025, 6, 30, 12, 0));
    }

    @Test
    void theMostSeriousOffenceIsTheOneWithTheHighestWeight() {
        assertThat(method.gravity(Set.of(OffenceGroup.HARASSMENT, OffenceGroup.SEXUAL_OFFENCE, OffenceGroup.CRIMINAL_DAMAGE)))
                .isEqualTo(8);
        assertThat(method.gravity(Set.of())).isZero();
    }

    @Test
    void domainWeightsAreTheDefaults() {
        Map<OffenceGroup, Integer> gravity = RfgScoring.Weights.defaults().gravity();
        assertThat(gravity).containsEntry(OffenceGroup.HARASSMENT, 1).containsEntry(OffenceGroup.COMMON_ASSAULT, 2)
                .containsEntry(OffenceGroup.THREATS_TO_KILL, 4).containsEntry(OffenceGroup.ASSAULT_WITH_INJURY, 5)
                .containsEntry(OffenceGroup.STRANGULATION, 8).containsEntry(OffenceGroup.SEXUAL_OFFENCE, 8)
                .containsEntry(OffenceGroup.SERIOUS_WOUNDING, 10);
        assertThat(gravity).containsOnlyKeys(OffenceGroup.values());
    }

    @Test
    void badWeightsAreNamed() {
        Map<OffenceGroup, Integer> gravity = RfgScoring.Weights.defaultGravity();
        gravity.put(OffenceGroup.STALKING, -1);
        RfgScoring.Weights bad = new RfgScoring.Weights(36, List.of(6, 3), List.of(5, 4), 0, gravity, 0, new BigDecimal("0.5"));

        assertThat(bad.problems()).anyMatch(p -> p.startsWith("recency-within-months must rise"))
                .anyMatch(p -> p.startsWith("recency-points needs one more value"))
                .anyMatch(p -> p.startsWith("frequency-cap"))
                .anyMatch(p -> p.startsWith("gravity.stalking"));
        assertThat(RfgScoring.Weights.defaults().problems()).isEmpty();
    }

    @Test
    void aPersonWithNoIncidentHasNoScore() {
        assertThatThrownBy(() -> method.score(tally(106), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
