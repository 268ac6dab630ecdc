package org.safeguard.risk.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HMIC recommendation 7: dip-sample standard and medium risk incidents. The weekly sample is a share of the
 * candidates drawn at random but reproducibly from a recorded seed, and each drawn assessment goes to a reviewer
 * who did not make it.
 */
class DipSampleDrawTests {

    private static List<Long> ids(long fromInclusive, long toInclusive) {
        return LongStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
    }

    private static final List<Long> WEEK = ids(1001, 1040);

    @Test
    void theSameCandidatesShareAndSeedAlwaysGiveTheSameSample() {
        List<Long> first = DipSampleDraw.draw(WEEK, 0.1, 20250614L);
        List<Long> second = DipSampleDraw.draw(new ArrayList<>(WEEK), 0.1, 20250614L);

        assertThat(first).hasSize(4).isEqualTo(second);
    }

    @Test
    void aRecordedSeedRedrawsTheSampleItDrewWhenItWasRecorded() {
        // Drawn when this test was written: a change to the draw that alters it would make recorded samples irreproducible.
        assertThat(DipSampleDraw.draw(WEEK, 0.1, 42L)).containsExactly(1016L, 1029L, 1032L, 1038L);
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        assertThat(DipSampleDraw.draw(WEEK, 0.1, 1L)).isNotEqualTo(DipSampleDraw.draw(WEEK, 0.1, 2L));
    }

    @Test
    void theSampleIsDrawnFromTheCandidatesWithoutRepeatsInIdOrder() {
        List<Long> sample = DipSampleDraw.draw(WEEK, 0.25, 7L);

        assertThat(sample).hasSize(10).doesNotHaveDuplicates().isSorted();
        assertThat(WEEK).containsAll(sample);
    }

    @Test
    void theOrderTheCandidatesComeInDoesNotChangeTheSample() {
        List<Long> shuffled = new ArrayList<>(WEEK);
        Collections.shuffle(shuffled, new Random(99));
        List<Long> reversed = new ArrayList<>(WEEK);
        Collections.reverse(reversed);

        assertThat(shuffled).isNotEqualTo(WEEK);
        assertThat(DipSampleDraw.draw(shuffled, 0.1, 20250614L)).isEqualTo(DipSampleDraw.draw(WEEK, 0.1, 20250614L));
        assertThat(DipSampleDraw.draw(reversed, 0.1, 20250614L)).isEqualTo(DipSampleDraw.draw(WEEK, 0.1, 20250614L));
    }

    @ParameterizedTest(name = "{1} of {0} candidates: {2}")
    @CsvSource({
            "10, 0.1, 1",
            "10, 0.25, 3",
            "10, 0.3, 3",
            "30, 0.1, 3",
            "11, 0.1, 2",
            "10, 0.01, 1",
            "1, 0.05, 1",
            "7, 1, 7"})
    void theSampleSizeIsTheShareRoundedUpAndAtLeastOne(int candidates, double share, int expected) {
        assertThat(DipSampleDraw.draw(ids(1, candidates), share, 3L)).hasSize(expected);
    }

    @Test
    void aWeekWithNoCandidatesGivesAnEmptySample() {
        assertThat(DipSampleDraw.draw(List.of(), 0.1, 3L)).isEmpty();
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0, -0.1, 1.0001, 2, Double.NaN, Double.POSITIVE_INFINITY})
    void aShareOutsideZeroExclusiveToOneInclusiveIsRefused(double share) {
        assertThatThrownBy(() -> DipSampleDraw.draw(WEEK, share, 3L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share");
    }

    @Test
    void aReviewerIsNeverGivenAnAssessmentTheyMade() {
        List<String> assessors = List.of("ana", "ben", "cal", "ana", "ben", "cal", "ana");
        List<String> assigned = DipSampleDraw.assignReviewers(assessors, idle("cal", "ben", "ana"));

        assertThat(assigned).hasSize(assessors.size()).doesNotContainNull();
        for (int i = 0; i < assessors.size(); i++) {
            assertThat(assigned.get(i)).as("reviewer of assessment %d", i).isNotEqualTo(assessors.get(i));
        }
    }

    @Test
    void reviewersTakeTheWorkInTurn() {
        List<String> assessors = List.of("pc1", "pc2", "pc3", "pc4", "pc5", "pc6");

        List<String> assigned = DipSampleDraw.assignReviewers(assessors, idle("sgt.c", "sgt.a", "sgt.b"));

        assertThat(assigned).containsExactly("sgt.a", "sgt.b", "sgt.c", "sgt.a", "sgt.b", "sgt.c");
    }

    @Test
    void aReviewerPassedOverAsTheAssessorGetsTheNextOneSoTheWorkStaysEven() {
        List<String> assessors = List.of("sgt.a", "pc1", "pc2", "pc3");

        List<String> assigned = DipSampleDraw.assignReviewers(assessors, idle("sgt.a", "sgt.b", "sgt.c"));

        assertThat(assigned).containsExactly("sgt.b", "sgt.a", "sgt.c", "sgt.a");
    }

    @Test
    void aReviewerWithReviewsAlreadyWaitingIsGivenNewOnesLast() {
        List<String> assigned = DipSampleDraw.assignReviewers(List.of("pc1", "pc2", "pc3", "pc4"),
                Map.of("sgt.a", 3, "sgt.b", 0, "sgt.c", 1));

        assertThat(assigned).containsExactly("sgt.b", "sgt.b", "sgt.c", "sgt.b");
    }

    @Test
    void anAssessmentWhoseAssessorIsTheOnlyReviewerHasNoReviewer() {
        List<String> assigned = DipSampleDraw.assignReviewers(List.of("sgt.a", "pc1", "sgt.a"), idle("sgt.a"));

        assertThat(assigned).containsExactly(null, "sgt.a", null);
    }

    @Test
    void withNoReviewersNothingIsAssigned() {
        assertThat(DipSampleDraw.assignReviewers(List.of("pc1", "pc2"), Map.of())).containsExactly(null, null);
    }

    private static Map<String, Integer> idle(String... reviewers) {
        Map<String, Integer> waiting = new java.util.LinkedHashMap<>();
        for (String reviewer : reviewers) {
            waiting.put(reviewer, 0);
        }
        return waiting;
    }
}
