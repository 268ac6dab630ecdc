package org.safeguard.intake.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.intake.rules.CounterAllegationRule.Facing;
import org.safeguard.intake.rules.CounterAllegationRule.Finding;

/**
 * Counter-allegations (DOMAIN.md, seed 003): two people each recorded as the victim with the other as the
 * suspect, in different incidents. Alex is person 1; Sam is person 2 (records 20 and 21, linked); Jo is person 3.
 */
class CounterAllegationRuleTests {

    private static final long ALEX = 1;
    private static final long SAM = 2;
    private static final long JO = 3;

    private static Facing victimWith(long suspect, long record, long incidentId, String day) {
        return new Facing(incidentId, "INC-2026-000000" + incidentId, Instant.parse(day + "T10:00:00Z"), true, suspect, record);
    }

    private static Facing suspectWith(long victim, long record, long incidentId, String day) {
        return new Facing(incidentId, "INC-2026-000000" + incidentId, Instant.parse(day + "T10:00:00Z"), false, victim, record);
    }

    private static List<Finding> forAlex(Facing... facings) {
        return CounterAllegationRule.eachHasReportedTheOther(ALEX, List.of(facings));
    }

    @Test
    void twoPeopleEachTheVictimOfTheOtherInDifferentIncidentsIsACounterAllegation() {
        List<Finding> found = forAlex(victimWith(SAM, 20, 1, "2026-03-01"), suspectWith(SAM, 20, 2, "2026-05-01"));

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.otherPerson()).isEqualTo(SAM);
            assertThat(finding.asVictim()).extracting(Facing::incidentId).containsExactly(1L);
            assertThat(finding.asSuspect()).extracting(Facing::incidentId).containsExactly(2L);
        });
    }

    @Test
    void someoneTheSuspectTwiceAndNeverTheVictimIsNotACounterAllegation() {
        assertThat(forAlex(victimWith(SAM, 20, 1, "2026-03-01"), victimWith(SAM, 20, 2, "2026-05-01"))).isEmpty();
    }

    @Test
    void oneIncidentNamingTheTwoBothWaysRoundIsNotACounterAllegation() {
        assertThat(forAlex(victimWith(SAM, 20, 1, "2026-03-01"), suspectWith(SAM, 20, 1, "2026-03-01"))).isEmpty();
    }

    @Test
    void thatSameIncidentCountsWhenAnotherIncidentGoesTheOtherWay() {
        List<Finding> found = forAlex(victimWith(SAM, 20, 1, "2026-03-01"), suspectWith(SAM, 20, 1, "2026-03-01"),
                victimWith(SAM, 20, 2, "2026-04-01"));

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.asVictim()).extracting(Facing::incidentId).containsExactly(1L, 2L);
            assertThat(finding.asSuspect()).extracting(Facing::incidentId).containsExactly(1L);
        });
    }

    @Test
    void twoLinkedRecordsOfTheOtherPersonAreOnePersonNamedByTheirLatestRecord() {
        List<Finding> found = forAlex(victimWith(SAM, 20, 1, "2026-03-01"), suspectWith(SAM, 21, 2, "2026-05-01"));

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.otherPerson()).isEqualTo(SAM);
            assertThat(finding.otherRecord()).isEqualTo(21L);
        });
    }

    @Test
    void theOtherPersonUnderTwoLinkedRecordsInOneIncidentIsThatIncidentOnce() {
        List<Finding> found = forAlex(victimWith(SAM, 20, 1, "2026-03-01"), victimWith(SAM, 21, 1, "2026-03-01"),
                suspectWith(SAM, 20, 2, "2026-05-01"));

        assertThat(found).singleElement().satisfies(finding ->
                assertThat(finding.asVictim()).extracting(Facing::incidentId).containsExactly(1L));
    }

    @Test
    void thePersonAndTheirOwnOtherRecordAreNeverACounterAllegation() {
        assertThat(forAlex(victimWith(ALEX, 10, 1, "2026-03-01"), suspectWith(ALEX, 10, 2, "2026-05-01"))).isEmpty();
    }

    @Test
    void eachPersonIsFoundSeparatelyTheLatestFirstWithIncidentsOldestFirst() {
        List<Finding> found = forAlex(
                suspectWith(SAM, 20, 4, "2026-02-01"), victimWith(SAM, 20, 2, "2026-01-01"), victimWith(SAM, 20, 5, "2026-03-01"),
                victimWith(JO, 30, 6, "2026-06-01"), suspectWith(JO, 30, 7, "2026-07-01"),
                victimWith(4, 40, 8, "2026-08-01"));

        assertThat(found).extracting(Finding::otherPerson).containsExactly(JO, SAM);
        assertThat(found.get(1).asVictim()).extracting(Facing::incidentId).containsExactly(2L, 5L);
        assertThat(found.get(1).asSuspect()).extracting(Facing::incidentId).containsExactly(4L);
    }
}
