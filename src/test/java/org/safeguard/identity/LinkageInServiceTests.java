package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.NewParty;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4 in the running service: a variant typed at intake is shown to the operator with the reasons
 * and linked to the record it is, so the history panel and the repeat-victim rule see one person; a
 * batch run stopped part-way carries on where it stopped without losing or repeating work.
 */
@SafeguardTest
class LinkageInServiceTests {

    @Autowired
    Calls calls;
    @Autowired
    PersonLinks links;
    @Autowired
    LinkageRuns runs;
    @Autowired
    PersonRecords people;
    @Autowired
    IncidentHistory history;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aModelIsTrained() {
        if (jdbc.sql("SELECT count(*) FROM identity.linkage_model").query(Long.class).single() == 0) {
            runs.train();
        }
    }

    @Test
    void jonSmythBornThreeFourIsOfferedAsJonathanSmithBornFourThreeWithTheReasons() {
        String family = Calls.unusedFamilyName();
        String phone = calls.unusedPhone();
        IncidentFile first = record("Jonathan", family, LocalDate.of(1985, 3, 4), phone, 200);
        long jonathan = victimId(first);

        History typed = calls.as("call.handler", () -> history.lookUp(
                new HistoryQuery(null, null, null, "Jon", family, LocalDate.of(1985, 4, 3))));

        History.PossibleMatch match = typed.possibleMatches().stream().filter(m -> m.personId() == jonathan)
                .findFirst().orElseThrow();
        assertThat(String.join(" · ", match.reasons())).contains("short form").contains("swapped");
    }

    @Test
    void aVariantRecordedAtIntakeIsLinkedAndItsVictimIsARepeatVictim() {
        String family = Calls.unusedFamilyName();
        String phone = calls.unusedPhone();
        IncidentFile first = record("Katherine", family, LocalDate.of(1992, 8, 17), phone, 30);
        IncidentFile second = record("Kate", family, LocalDate.of(1992, 8, 17), phone.replace(" ", ""), 1);
        long katherine = victimId(first);
        long kate = victimId(second);

        assertThat(kate).as("a new record: the name differs").isNotEqualTo(katherine);
        assertThat(links.samePerson(List.of(kate)).get(kate)).as("linked automatically")
                .containsExactlyInAnyOrder(kate, katherine);
        assertThat(second.incident().repeatVictim()).as("her earlier incident as Katherine counts")
                .isTrue();
        History found = calls.as("call.handler", () -> history.lookUp(
                new HistoryQuery(null, null, null, "Kate", family, LocalDate.of(1992, 8, 17))));
        assertThat(found.incidents()).extracting(History.PastIncident::reference)
                .contains(first.incident().reference(), second.incident().reference());
        assertThat(found.people()).extracting(History.PersonFound::name).as("one victim, not two")
                .filteredOn(name -> name.startsWith("Kat")).hasSize(1);
    }

    @Test
    void aBatchRunStoppedPartWayCarriesOnFromThePartitionItStoppedAt() {
        String family = Calls.unusedFamilyName();
        long[] imported = people.importPeople(List.of(
                new NewPerson("TEST", family + "-1", "Priya", family, LocalDate.of(1988, 12, 1),
                        Sex.FEMALE, null, List.of("07700 900456")),
                new NewPerson("TEST", family + "-2", "PRIYA", family.toUpperCase(), LocalDate.of(1988, 12, 1),
                        Sex.FEMALE, null, List.of("+44 7700 900456"))), "POLICE");

        assertThatThrownBy(() -> runs.run(ConsoleProgress.silent(), partition -> partition == 3))
                .isInstanceOf(IllegalStateException.class);
        long runId = jdbc.sql("SELECT id FROM identity.linkage_run WHERE finished_at IS NULL").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.linkage_run_partition WHERE run_id = :run")
                .param("run", runId).query(Long.class).single()).as("three partitions saved before the stop").isEqualTo(3);

        LinkageRunReport carriedOn = runs.run(ConsoleProgress.silent());

        assertThat(carriedOn.runId()).isEqualTo(runId);
        assertThat(carriedOn.resumed()).isTrue();
        assertThat(carriedOn.partitionsThisTime()).isEqualTo(carriedOn.partitions() - 3);
        assertThat(links.samePerson(List.of(imported[0])).get(imported[0])).as("the imported duplicate is linked")
                .contains(imported[1]);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.linkage_run WHERE finished_at IS NULL").query(Long.class).single())
                .isZero();
    }

    private IncidentFile record(String given, String family, LocalDate born, String phone, int daysAgo) {
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(86_400L * daysAgo), phone,
                "9 Canal Side", Calls.unusedPostcode(), new NewParty("VICTIM", given, family, born, "FEMALE", phone),
                Calls.suspect("Wes", family + "son", LocalDate.of(1980, 2, 2)), "PRIORITY"));
    }

    private static long victimId(IncidentFile file) {
        return file.incident().parties().stream().filter(p -> p.role().name().equals("VICTIM")).findFirst()
                .orElseThrow().personId();
    }
}
