package org.safeguard.offender.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.offender.CustodyDecision.Decision;
import org.safeguard.offender.CustodyEvent;
import org.safeguard.offender.NewCustodyEvent;
import org.safeguard.platform.InvalidRequest;

/** What a custody event must be before the victims' SPOCs hear of it, and when a reference names the same decision. */
class CustodyRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-24T21:05:00Z");
    private static final long PERSON = 42;

    private static NewCustodyEvent event(Long person, Decision decision, Instant at, String detail, String reference) {
        return new NewCustodyEvent(person, decision, at, detail, reference);
    }

    private static NewCustodyEvent released(String reference) {
        return event(PERSON, Decision.RELEASED_ON_BAIL, NOW.minus(Duration.ofHours(1)), "Bail to 5 January", reference);
    }

    private static Map<String, String> problems(NewCustodyEvent event, String prefix, boolean imported) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        CustodyRules.check(event, prefix, imported, NOW, Set.of(PERSON), check);
        try {
            check.throwIfAny();
            return Map.of();
        } catch (InvalidRequest refused) {
            return refused.byField();
        }
    }

    @Test
    void aCompleteEventTypedOnAPageHasNoProblemsWithOrWithoutAReference() {
        assertThat(problems(released(null), "", false)).isEmpty();
        assertThat(problems(released("CUS-2026-0001"), "", false)).isEmpty();
    }

    @Test
    void anEventForAnUnknownPersonIsRefusedNamingTheRecordId() {
        assertThat(problems(event(999L, Decision.ARRESTED, NOW, null, "CUS-1"), "", false))
                .containsEntry("personId", "No person record with id 999");
    }

    @Test
    void anEventWithNoPersonNoDecisionAndNoTimeNamesEachField() {
        assertThat(problems(event(null, null, null, null, "CUS-1"), "", false))
                .containsKeys("personId", "decision", "decidedAt");
    }

    @Test
    void aDecisionInTheFutureIsRefusedBeyondASmallClockSkew() {
        assertThat(problems(event(PERSON, Decision.CHARGED, NOW.plus(CustodyRules.CLOCK_SKEW), null, null), "", false))
                .as("a clock a little ahead of ours").isEmpty();
        assertThat(problems(event(PERSON, Decision.CHARGED, NOW.plus(CustodyRules.CLOCK_SKEW).plusSeconds(1), null, null), "", false))
                .containsEntry("decidedAt", "The time of the decision must be now or in the past");
    }

    @Test
    void anImportedEventMustCarryItsReferenceAndEachProblemNamesItsPlaceInTheImport() {
        assertThat(problems(released(" "), "events[3].", true)).containsOnlyKeys("events[3].reference");
        assertThat(problems(released(null), "", false)).as("a page may leave it blank").isEmpty();
    }

    @Test
    void detailOver1000CharactersIsRefused() {
        assertThat(problems(event(PERSON, Decision.REMANDED, NOW, "x".repeat(1000), null), "", false)).isEmpty();
        assertThat(problems(event(PERSON, Decision.REMANDED, NOW, "x".repeat(1001), null), "", false))
                .containsEntry("detail", "The detail must be 1,000 characters or fewer");
    }

    @Test
    void aTypedReferenceMayNotLookLikeOneTheServiceMakes() {
        assertThat(problems(released("page-17"), "", false)).containsKey("reference");
        assertThat(problems(released("PAGE-17"), "events[0].", true)).containsKey("events[0].reference");
        assertThat(CustodyRules.pageReference(17)).isEqualTo("PAGE-17");
    }

    @Test
    void theSameReferenceAboutTheSamePersonDecisionAndTimeIsTheEventDeliveredAgain() {
        Instant decided = NOW.minus(Duration.ofHours(1));
        CustodyEvent recorded = new CustodyEvent(1, PERSON, Decision.RELEASED_ON_BAIL, decided, "", "CUS-1",
                CustodyEvent.Source.IMPORT, "importer", NOW);

        assertThat(CustodyRules.alreadyRecorded(released("CUS-1"), Set.of(PERSON), recorded)).isTrue();
        assertThat(CustodyRules.alreadyRecorded(event(7L, Decision.RELEASED_ON_BAIL, decided, null, "CUS-1"), List.of(7L, PERSON), recorded))
                .as("another record linked to the same person").isTrue();
        assertThat(CustodyRules.alreadyRecorded(event(7L, Decision.RELEASED_ON_BAIL, decided, null, "CUS-1"), List.of(7L), recorded))
                .as("another person").isFalse();
        assertThat(CustodyRules.alreadyRecorded(event(PERSON, Decision.CHARGED, decided, null, "CUS-1"), Set.of(PERSON), recorded))
                .as("another decision").isFalse();
        assertThat(CustodyRules.alreadyRecorded(event(PERSON, Decision.RELEASED_ON_BAIL, decided.plus(Duration.ofDays(14)), null,
                "CUS-1"), Set.of(PERSON), recorded))
                .as("a re-bail under the same custody record number is another event").isFalse();
    }

    @Test
    void aReferenceAlreadyGivenToAnotherEventIsRefusedNamingTheReference() {
        assertThat(CustodyRules.referenceTaken("CUS-1", false))
                .isEqualTo("Reference CUS-1 already has a different event; give this event its own reference or leave it blank");
        assertThat(CustodyRules.referenceTaken("CUS-1", true))
                .as("an import must carry a reference").doesNotContain("blank").startsWith("Reference CUS-1 already has");
    }
}
