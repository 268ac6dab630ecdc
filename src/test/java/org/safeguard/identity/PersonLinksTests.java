package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.linkage.Comparison;
import org.safeguard.identity.linkage.Evidence;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.NewParty;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 4: links between person records are reversible and move nothing, a pair judged different is
 * never proposed or joined again, and the history panel uses the linked person.
 */
@SafeguardTest
class PersonLinksTests {

    private static final Thresholds THRESHOLDS = new Thresholds(0.99, 0.5);

    @Autowired
    Calls calls;
    @Autowired
    PersonLinks links;
    @Autowired
    IncidentHistory history;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unlinkingRestoresBothPeopleExactlyWithTheirIncidents() {
        IncidentFile first = victimOf("Alison", Calls.unusedFamilyName(), LocalDate.of(1979, 6, 1));
        IncidentFile second = victimOf("Roberta", Calls.unusedFamilyName(), LocalDate.of(1991, 11, 23));
        long a = victimId(first);
        long b = victimId(second);
        List<Map<String, Object>> peopleBefore = personRows(a, b);
        List<Map<String, Object>> partiesBefore = partyRows(a, b);

        PersonLink link = calls.as("specialist", () -> links.link(a, b, "Same woman: her sister confirmed both names"));
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactlyInAnyOrder(a, b);
        assertThat(incidentsFoundFor(first)).as("the history of the linked person has both records' incidents")
                .contains(first.incident().reference(), second.incident().reference());

        calls.as("specialist", () -> links.unlink(link.id(), "Two different women: checked with the IDVA", link.version()));

        assertThat(personRows(a, b)).as("both person records exactly as before").isEqualTo(peopleBefore);
        assertThat(partyRows(a, b)).as("each keeps its own incidents").isEqualTo(partiesBefore);
        assertThat(links.samePerson(List.of(a, b))).isEqualTo(Map.of(a, Set.of(a), b, Set.of(b)));
        assertThat(incidentsFoundFor(first)).contains(first.incident().reference())
                .doesNotContain(second.incident().reference());
        PersonLink undone = calls.as("specialist", () -> links.links(a)).stream()
                .filter(l -> l.id() == link.id()).findFirst().orElseThrow();
        assertThat(undone.live()).isFalse();
        assertThat(undone.unlinkedBy()).isEqualTo("specialist");
        assertThat(undone.unlinkReason()).contains("checked with the IDVA");
        assertThat(audited("PERSON_RECORDS_LINKED", a)).isEqualTo(1);
        assertThat(audited("PERSON_RECORDS_UNLINKED", b)).isEqualTo(1);
    }

    @Test
    void aRecordCannotBeLinkedToItselfNorToAPersonJudgedDifferent() {
        long a = victimId(victimOf("Carol", Calls.unusedFamilyName(), LocalDate.of(1985, 2, 2)));
        long b = victimId(victimOf("Denise", Calls.unusedFamilyName(), LocalDate.of(1986, 3, 3)));

        assertThatThrownBy(() -> calls.as("specialist", () -> links.link(a, a, "typed twice")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("cannot be linked to itself");
        PersonLink link = calls.as("specialist", () -> links.link(a, b, "looked alike"));
        calls.as("specialist", () -> links.unlink(link.id(), "not the same woman", link.version()));

        assertThatThrownBy(() -> calls.as("specialist", () -> links.link(b, a, "try again")))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("different people");
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactly(a);
    }

    @Test
    void theReviewQueueNeverProposesAgainAPairJudgedDifferent() {
        long a = victimId(victimOf("Erin", Calls.unusedFamilyName(), LocalDate.of(1990, 1, 9)));
        long b = victimId(victimOf("Gwen", Calls.unusedFamilyName(), LocalDate.of(1961, 4, 28)));

        assertThat(links.apply(score(a, b, 0.8), THRESHOLDS, "test")).isEqualTo(Thresholds.Decision.REVIEW);
        LinkReview review = openReviewOf(a, b);
        calls.as("specialist", () -> links.decide(review.id(), LinkReview.Judgement.DIFFERENT,
                "Different mothers' names on the referral", review.version()));

        assertThat(links.apply(score(a, b, 0.8), THRESHOLDS, "test")).as("not proposed again")
                .isEqualTo(Thresholds.Decision.NONE);
        assertThat(links.apply(score(b, a, 0.999), THRESHOLDS, "test")).as("not linked automatically either")
                .isEqualTo(Thresholds.Decision.NONE);
        assertThat(calls.as("specialist", () -> links.reviewQueue(10_000))).extracting(LinkReview::id)
                .doesNotContain(review.id());
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactly(a);
    }

    @Test
    void judgingAPairTheSameLinksItAndASecondOrStaleDecisionIsRefused() {
        long a = victimId(victimOf("Fiona", Calls.unusedFamilyName(), LocalDate.of(1975, 5, 5)));
        long b = victimId(victimOf("Hattie", Calls.unusedFamilyName(), LocalDate.of(1958, 10, 30)));
        links.apply(score(a, b, 0.9), THRESHOLDS, "test");
        LinkReview review = openReviewOf(a, b);

        assertThatThrownBy(() -> calls.as("specialist", () -> links.decide(review.id(), LinkReview.Judgement.SAME, "",
                review.version() - 1))).isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> calls.as("specialist", () -> links.decide(review.id(), null, "", review.version())))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("Select whether");
        LinkReview decided = calls.as("specialist", () -> links.decide(review.id(), LinkReview.Judgement.SAME, "",
                review.version()));

        assertThat(decided.decision()).isEqualTo(LinkReview.Judgement.SAME);
        assertThat(decided.decidedBy()).isEqualTo("specialist");
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactlyInAnyOrder(a, b);
        assertThatThrownBy(() -> calls.as("specialist", () -> links.decide(review.id(), LinkReview.Judgement.DIFFERENT,
                "changed my mind", decided.version()))).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("already judged");
    }

    @Test
    void aPairLinkedSinceItWasProposedIsNotJudgedDifferentWhileTheLinkStands() {
        long a = victimId(victimOf("Imogen", Calls.unusedFamilyName(), LocalDate.of(1969, 1, 30)));
        long b = victimId(victimOf("Jodie", Calls.unusedFamilyName(), LocalDate.of(1999, 12, 2)));
        links.apply(score(a, b, 0.7), THRESHOLDS, "test");
        LinkReview review = openReviewOf(a, b);
        calls.as("specialist", () -> links.link(a, b, "Confirmed by her GP's letter"));

        assertThatThrownBy(() -> calls.as("specialist", () -> links.decide(review.id(), LinkReview.Judgement.DIFFERENT,
                "not her", review.version()))).isInstanceOf(InvalidRequest.class).hasMessageContaining("undo the link");
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void twoPeopleWhoEachHaveSeveralRecordsAreNeverJoinedAutomatically() {
        long a = victimId(victimOf("Kerry", Calls.unusedFamilyName(), LocalDate.of(1972, 3, 14)));
        long b = victimId(victimOf("Lorna", Calls.unusedFamilyName(), LocalDate.of(1973, 4, 15)));
        long c = victimId(victimOf("Maxine", Calls.unusedFamilyName(), LocalDate.of(1974, 5, 16)));
        long d = victimId(victimOf("Nell", Calls.unusedFamilyName(), LocalDate.of(1975, 6, 17)));
        calls.as("specialist", () -> links.link(a, b, "same woman"));
        calls.as("specialist", () -> links.link(c, d, "same woman"));

        assertThat(links.apply(score(b, c, 0.999), THRESHOLDS, "test")).as("a person decides")
                .isEqualTo(Thresholds.Decision.REVIEW);
        assertThat(links.samePerson(List.of(a)).get(a)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void aDifferentFamilyNameWithNothingSharedInLifeIsReviewedHoweverHighTheScore() {
        long a = victimId(victimOf("Tess", Calls.unusedFamilyName(), LocalDate.of(1988, 2, 29)));
        long b = victimId(victimOf("Tess", Calls.unusedFamilyName(), LocalDate.of(1988, 2, 29)));
        List<Evidence> namesOnly = List.of(new Evidence(Comparison.GIVEN_NAME, 0, "the same", 6.0),
                new Evidence(Comparison.BIRTH_DATE, 0, "the same", 14.0),
                new Evidence(Comparison.FAMILY_NAME, 5, "different, both female (a married name?)", -2.0));
        MatchScore strong = new MatchScore(a, b, 12.0, 0.9998, false, namesOnly, 0);

        assertThat(THRESHOLDS.decide(strong)).isEqualTo(Thresholds.Decision.REVIEW);
        links.apply(strong, THRESHOLDS, "test");
        assertThat(links.samePerson(List.of(a)).get(a)).as("not linked, at intake or now").containsExactly(a);
        assertThat(openReviewOf(a, b)).as("a specialist decides").isNotNull();
    }

    @Test
    void onlyASpecialistReviewsAndLinks() {
        assertThatThrownBy(() -> calls.as("officer", () -> links.reviewQueue(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as("call.handler", () -> links.link(1, 2, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private MatchScore score(long a, long b, double probability) {
        return new MatchScore(a, b, Math.log(probability / (1 - probability)) / Math.log(2), probability, false, List.of(), 0);
    }

    private LinkReview openReviewOf(long a, long b) {
        return calls.as("specialist", () -> links.reviewQueue(10_000)).stream()
                .filter(r -> Set.of(r.first().person().id(), r.second().person().id()).equals(Set.of(a, b)))
                .findFirst().orElseThrow();
    }

    private IncidentFile victimOf(String given, String family, LocalDate born) {
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(3600), null, "4 Quay Street",
                Calls.unusedPostcode(), new NewParty("VICTIM", given, family, born, "FEMALE", null),
                Calls.suspect("Kurt", Calls.unusedFamilyName(), LocalDate.of(1970, 7, 7)), "PRIORITY"));
    }

    private static long victimId(IncidentFile file) {
        return file.incident().parties().stream().filter(p -> p.role().name().equals("VICTIM")).findFirst()
                .orElseThrow().personId();
    }

    private List<String> incidentsFoundFor(IncidentFile file) {
        var victim = file.incident().parties().stream().filter(p -> p.role().name().equals("VICTIM")).findFirst().orElseThrow();
        String[] name = victim.name().split(" ", 2);
        History found = calls.as("call.handler", () -> history.lookUp(new HistoryQuery(null, null, null, name[0], name[1],
                victim.dateOfBirth())));
        return found.incidents().stream().map(History.PastIncident::reference).toList();
    }

    private List<Map<String, Object>> personRows(long a, long b) {
        return jdbc.sql("SELECT * FROM identity.person WHERE id IN (:a, :b) ORDER BY id").param("a", a).param("b", b)
                .query().listOfRows();
    }

    private List<Map<String, Object>> partyRows(long a, long b) {
        return jdbc.sql("SELECT * FROM intake.party WHERE person_id IN (:a, :b) ORDER BY incident_id, person_id")
                .param("a", a).param("b", b).query().listOfRows();
    }

    private long audited(String action, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND subject_type = 'person' "
                        + "AND subject_id = :id").param("action", action).param("id", Long.toString(personId))
                .query(Long.class).single();
    }
}
