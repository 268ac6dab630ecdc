package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonLinks;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Grants;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Counter-allegations against the real database: two people each recorded as the victim with the other as
 * the suspect, in different incidents, are flagged on both people's history and on the victim's case page;
 * someone only ever the suspect is not; two records linked as one person count as one. Each test's people
 * have their own dates of birth, so record linkage never joins them to another test's people.
 */
@SafeguardTest
class CounterAllegationTests {

    @Autowired
    Grants grants;
    @Autowired
    Calls calls;
    @Autowired
    IncidentHistory history;
    @Autowired
    Cases cases;
    @Autowired
    PersonLinks links;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    private final Instant now = Instant.now();
    private final LocalDate alexBorn = someBirthday();
    private final LocalDate samBorn = someBirthday();

    private static LocalDate someBirthday() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50));
    }

    /** A date as an operator types it, 11/10/1989. */
    private static String typed(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private IncidentFile record(Duration ago, String victimGiven, String victimFamily, LocalDate victimBorn,
                                String suspectGiven, String suspectFamily, LocalDate suspectBorn) {
        return calls.record("call.handler", Calls.domesticAbuse(now.minus(ago), null, "4 Linden Walk",
                Calls.unusedPostcode(), Calls.victim(victimGiven, victimFamily, victimBorn),
                Calls.suspect(suspectGiven, suspectFamily, suspectBorn), "PRIORITY"));
    }

    private static long victimOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    private static long suspectOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }

    private List<CounterAllegation> counterAllegations(long personId) {
        return calls.as("call.handler", () -> history.counterAllegations(personId));
    }

    private List<String> sectionLines(String given, String family, LocalDate born) {
        History found = calls.as("call.handler", () -> history.lookUp(new HistoryQuery(null, null, null, given, family, born)));
        return found.sections().stream().filter(s -> s.title().equals("Counter-allegations"))
                .flatMap(s -> s.lines().stream()).toList();
    }

    @Test
    void twoPeopleEachTheVictimOfTheOtherAreFlaggedOnBothHistoriesAndOnTheVictimsCasePage() throws Exception {
        String family = Calls.unusedFamilyName();
        IncidentFile first = record(Duration.ofDays(30), "Alex", family, alexBorn, "Sam", family, samBorn);
        IncidentFile second = record(Duration.ofDays(2), "Sam", family, samBorn, "Alex", family, alexBorn);
        String one = first.incident().reference();
        String two = second.incident().reference();
        long alex = victimOf(first);
        long sam = suspectOf(first);
        assertThat(victimOf(second)).isEqualTo(sam);

        assertThat(counterAllegations(alex)).singleElement().satisfies(flag -> {
            assertThat(flag.otherPersonId()).isEqualTo(sam);
            assertThat(flag.otherName()).isEqualTo("Sam " + family);
            assertThat(flag.asVictim()).extracting(CounterAllegation.IncidentReference::reference).containsExactly(one);
            assertThat(flag.asSuspect()).extracting(CounterAllegation.IncidentReference::reference).containsExactly(two);
        });
        assertThat(sectionLines("Alex", family, alexBorn)).containsExactly("Alex " + family + " and Sam " + family
                + ": each has reported the other (victim in " + one + ", suspect in " + two + ")");
        assertThat(sectionLines("Sam", family, samBorn)).containsExactly("Sam " + family + " and Alex " + family
                + ": each has reported the other (victim in " + two + ", suspect in " + one + ")");
        assertThat(sectionLines(null, family, null)).as("both found: the pair once").hasSize(1);
        assertThat(second.checks()).extracting(IntelligenceCheck::kind).as("on the second incident's checks")
                .contains("Counter-allegations");

        mvc.perform(get("/incidents/history").param("parties[0].givenName", "Sam").param("parties[0].familyName", family)
                        .param("parties[0].dateOfBirth", typed(samBorn)).with(staff.as("call.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Counter-allegations"),
                        containsString("Sam " + family + " and Alex " + family + ": each has reported the other"))));

        VictimCase alexsCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(alex)));
        String warning = "Counter-allegation: Sam " + family + " has also been recorded as the victim, with Alex "
                + family + " as the suspect (" + two + ")";
        mvc.perform(get("/cases/{id}", alexsCase.id()).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-warning-text"), containsString(warning))));
        grants.grant("idva", alex);
        mvc.perform(get("/cases/{id}", alexsCase.id()).with(staff.as("idva")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Counter-allegation:"))));
    }

    @Test
    void someoneTheSuspectTwiceAndNeverTheVictimIsNotFlagged() {
        String family = Calls.unusedFamilyName();
        IncidentFile first = record(Duration.ofDays(30), "Alex", family, alexBorn, "Sam", family, samBorn);
        record(Duration.ofDays(2), "Alex", family, alexBorn, "Sam", family, samBorn);

        assertThat(counterAllegations(victimOf(first))).isEmpty();
        assertThat(counterAllegations(suspectOf(first))).isEmpty();
        assertThat(sectionLines(null, family, null)).isEmpty();
    }

    @Test
    void twoRecordsOfOnePersonLinkedTogetherCountAsOnePerson() {
        String family = Calls.unusedFamilyName();
        IncidentFile first = record(Duration.ofDays(30), "Alex", family, alexBorn, "Sam", family, samBorn);
        // The same person under another name and date of birth, too different to be linked automatically.
        IncidentFile second = record(Duration.ofDays(2), "Jamie", family, someBirthday(), "Alex", family, alexBorn);
        long alex = victimOf(first);
        long sam = suspectOf(first);
        long jamie = victimOf(second);
        assertThat(jamie).isNotEqualTo(sam);
        assertThat(counterAllegations(alex)).as("not yet known to be one person").isEmpty();

        calls.as("specialist", () -> links.link(sam, jamie, "Jamie is an alias Sam uses; custody photographs match"));

        assertThat(counterAllegations(alex)).singleElement().satisfies(flag -> {
            assertThat(flag.otherPersonId()).as("named by the latest record").isEqualTo(jamie);
            assertThat(flag.asVictim()).extracting(CounterAllegation.IncidentReference::id).containsExactly(first.incident().id());
            assertThat(flag.asSuspect()).extracting(CounterAllegation.IncidentReference::id).containsExactly(second.incident().id());
        });
        assertThat(counterAllegations(sam)).as("from either record").singleElement()
                .satisfies(flag -> assertThat(flag.otherPersonId()).isEqualTo(alex));
        assertThat(sectionLines("Alex", family, alexBorn)).singleElement().asString()
                .startsWith("Alex " + family + " and Jamie " + family + ": each has reported the other");
    }

    @Test
    void onlyThoseWhoWorkIncidentsLookUpCounterAllegations() {
        assertThatThrownBy(() -> calls.as("idva", () -> history.counterAllegations(1L)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
