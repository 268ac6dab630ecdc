package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.NewTeam;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.safeguard.identity.PersonLink;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.offender.store.RfgStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RFG priority list in the service (DOMAIN.md "RFG ranking — project method"): kept one perpetrator at a
 * time by the listeners as incidents, offences and links are recorded, the same as a full recomputation, an
 * officer's own area first, staff-involved perpetrators restricted, every view audited. Each test makes its
 * own people and its own town; scores are checked for them only, never for the list as a whole.
 */
@SafeguardTest
class PriorityListTests {

    @Autowired
    PriorityList priorityList;
    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    PersonLinks links;
    @Autowired
    StaffDirectory directory;
    @Autowired
    StaffMarks staffInvolvement;
    @Autowired
    RfgStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    RfgJobs nightly;
    @Autowired
    Staff staff;

    /** A domestic abuse incident in {@code town}, {@code ago} before now, between the two people. */
    private IncidentFile incident(String town, Duration ago, NewParty victim, NewParty suspect) {
        NewIncident typed = new NewIncident(Instant.now().minus(ago), "EMERGENCY_999", victim.givenName() + " "
                + victim.familyName(), null, (1 + (int) (Math.random() * 90)) + " Mill Lane", town, Calls.unusedPostcode(),
                List.of(victim, suspect), "CURRENT_PARTNER", true, true, 0, 0, null, false, false, false, "PRIORITY",
                "Caller says her partner hit her.");
        return calls.record("call.handler", typed);
    }

    /** A perpetrator new to the list: one incident a day ago in {@code town}, against a partner of the same family name. */
    private IncidentFile oneIncident(String town, String suspectGiven, String family) {
        return incident(town, Duration.ofDays(1), Calls.victim("Vi", family, LocalDate.of(1990, 7, 7)),
                Calls.suspect(suspectGiven, family, LocalDate.of(1988, 7, 7)));
    }

    private static long suspectOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }

    private static long victimOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    private static String town() {
        return "Rfg" + Calls.unusedFamilyName().toLowerCase();
    }

    private void offence(IncidentFile file, OffenceGroup offence) {
        calls.as("officer", () -> incidents.recordOffence(file.incident().id(), offence));
    }

    /** The person's standing once it satisfies {@code ready} (the listeners run after the commit). */
    private RankedPerpetrator standingWhen(long personId, Predicate<RankedPerpetrator> ready) {
        return Eventually.found(() -> calls.as("specialist", () -> priorityList.standing(personId)).filter(ready));
    }

    private static Predicate<RankedPerpetrator> scoring(String score) {
        return s -> s.score().compareTo(new java.math.BigDecimal(score)) == 0;
    }

    @Test
    void aDomesticAbuseIncidentPutsItsSuspectOnTheListAndEachOffenceAddsItsGravity() {
        String family = Calls.unusedFamilyName();
        String town = town();
        NewParty suspect = Calls.suspect("Dale", family, LocalDate.of(1985, 2, 3));
        IncidentFile first = incident(town, Duration.ofHours(3), Calls.victim("Amy", family, LocalDate.of(1990, 1, 1)), suspect);
        long suspectId = suspectOf(first);

        // R = 5, F = 1, G = 0 (no offence yet), V = 1: 5 × 1 = 5
        RankedPerpetrator listed = standingWhen(suspectId, scoring("5"));
        assertThat(List.of(listed.recency(), listed.frequency(), listed.gravity(), listed.victims())).containsExactly(5, 1, 0, 1);
        assertThat(listed.personKey()).isEqualTo(suspectId);
        assertThat(listed.area()).isEqualTo(town);
        assertThat(listed.name()).isEqualTo("Dale " + family);

        offence(first, OffenceGroup.COMMON_ASSAULT);
        offence(first, OffenceGroup.STRANGULATION);
        // The most serious offence counts: G = 8; 5 × (1 + 8) = 45
        standingWhen(suspectId, scoring("45"));

        IncidentFile second = incident(town, Duration.ofDays(240), Calls.victim("Bea", family, LocalDate.of(1992, 3, 4)), suspect);
        offence(second, OffenceGroup.ASSAULT_WITH_INJURY);
        // F = 2, G = 8 + 5 = 13, V = 2, R still 5 from the latest: 5 × 15 × 1.5 = 112.5
        RankedPerpetrator twice = standingWhen(suspectId, scoring("112.5"));
        assertThat(List.of(twice.recency(), twice.frequency(), twice.gravity(), twice.victims(), twice.incidents()))
                .containsExactly(5, 2, 13, 2, 2);
        assertThat(twice.latestIncidentAt()).isEqualTo(first.incident().receivedAt());
    }

    @Test
    void aFullRecomputationGivesTheSameScoresAsTheListenersKept() {
        String family = Calls.unusedFamilyName();
        String town = town();
        NewParty suspect = Calls.suspect("Ewan", family, LocalDate.of(1980, 5, 6));
        IncidentFile first = incident(town, Duration.ofDays(100), Calls.victim("Cara", family, LocalDate.of(1983, 7, 8)), suspect);
        offence(first, OffenceGroup.THREATS_TO_KILL);
        IncidentFile second = incident(town, Duration.ofDays(500), Calls.victim("Dina", family, LocalDate.of(1986, 9, 10)), suspect);
        offence(second, OffenceGroup.HARASSMENT);
        // Latest 100 days ago: R = 4; F = 2; G = 4 + 1; V = 2: 4 × 7 × 1.5 = 42
        RankedPerpetrator kept = standingWhen(suspectOf(first), scoring("42"));

        RfgRun run = calls.as("specialist", () -> priorityList.recomputeAll());

        RankedPerpetrator recomputed = calls.as("specialist", () -> priorityList.standing(suspectOf(first))).orElseThrow();
        assertThat(recomputed).usingRecursiveComparison().ignoringFields("rank").isEqualTo(kept);
        assertThat(run.perpetrators()).isPositive();
        assertThat(run.incidentsRead()).isGreaterThanOrEqualTo(2);
        assertThat(calls.as("specialist", () -> priorityList.lastRun()).orElseThrow().id()).isGreaterThanOrEqualTo(run.id());
    }

    @Test
    void linkedSuspectRecordsAreOnePerpetratorUntilUnlinked() {
        String town = town();
        IncidentFile one = incident(town, Duration.ofDays(10), Calls.victim("Fay", Calls.unusedFamilyName(), LocalDate.of(1991, 1, 2)),
                Calls.suspect("Gus", Calls.unusedFamilyName(), LocalDate.of(1979, 3, 4)));
        IncidentFile other = incident(town, Duration.ofDays(20), Calls.victim("Hana", Calls.unusedFamilyName(), LocalDate.of(1993, 5, 6)),
                Calls.suspect("Angus", Calls.unusedFamilyName(), LocalDate.of(1979, 4, 3)));
        long a = suspectOf(one);
        long b = suspectOf(other);
        standingWhen(a, scoring("5"));
        standingWhen(b, scoring("5"));

        PersonLink link = calls.as("specialist", () -> links.link(a, b, "Custody photographs show the same man"));

        // One person, key the smaller id: F = 2, V = 2: 5 × 2 × 1.5 = 15, and no row left under the other key.
        RankedPerpetrator joined = standingWhen(b, scoring("15"));
        assertThat(joined.personKey()).isEqualTo(Math.min(a, b));
        assertThat(rowsUnder(Math.max(a, b))).isZero();

        calls.as("specialist", () -> links.unlink(link.id(), "Different men: the custody record was misread", link.version()));

        standingWhen(a, s -> s.personKey() == a && s.score().intValue() == 5);
        standingWhen(b, s -> s.personKey() == b && s.score().intValue() == 5);
    }

    @Test
    void victimRecordsLinkedAsOnePersonCountAsOneVictimAtTheNextFullRun() {
        String town = town();
        String family = Calls.unusedFamilyName();
        NewParty suspect = Calls.suspect("Ivor", family, LocalDate.of(1975, 6, 7));
        IncidentFile one = incident(town, Duration.ofDays(5), Calls.victim("Jo", family, LocalDate.of(1984, 8, 9)), suspect);
        IncidentFile other = incident(town, Duration.ofDays(6), Calls.victim("Joanne", Calls.unusedFamilyName(),
                LocalDate.of(1984, 9, 8)), suspect);
        // F = 2, V = 2: 5 × 2 × 1.5 = 15
        standingWhen(suspectOf(one), scoring("15"));

        calls.as("specialist", () -> links.link(victimOf(one), victimOf(other), "Her maiden name; day and month swapped"));
        calls.as("specialist", () -> priorityList.recomputeAll());

        // V = 1: 5 × 2 = 10
        RankedPerpetrator after = calls.as("specialist", () -> priorityList.standing(suspectOf(one))).orElseThrow();
        assertThat(after.victims()).isEqualTo(1);
        assertThat(after.score()).isEqualByComparingTo("10");
    }

    @Test
    void anAreaIsRankedWithinItselfHighestScoreFirst() {
        String town = town();
        String family = Calls.unusedFamilyName();
        IncidentFile lesser = oneIncident(town, "Len", family);
        IncidentFile graver = oneIncident(town, "Ned", Calls.unusedFamilyName());
        offence(graver, OffenceGroup.SERIOUS_WOUNDING);
        standingWhen(suspectOf(graver), scoring("55"));
        standingWhen(suspectOf(lesser), scoring("5"));

        List<RankedPerpetrator> inTown = calls.as("officer", () -> priorityList.top(town, 10));

        assertThat(inTown).extracting(RankedPerpetrator::personKey).containsExactly(suspectOf(graver), suspectOf(lesser));
        assertThat(inTown).extracting(RankedPerpetrator::rank).containsExactly(1, 2);
        assertThat(calls.as("officer", () -> priorityList.areas())).contains(town);
        assertThatThrownBy(() -> calls.as("officer", () -> priorityList.top(town, 0))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aLocalOfficerSeesTheirOwnAreasListFirstAndMayChooseTheWholeForce() throws Exception {
        String town = town();
        String family = Calls.unusedFamilyName();
        IncidentFile file = oneIncident(town, "Pip", family);
        offence(file, OffenceGroup.THREATS_TO_KILL);
        standingWhen(suspectOf(file), scoring("25"));
        String officer = officerIn(town);

        mvc.perform(get("/offenders").with(staff.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Priority perpetrators in " + town),
                        containsString("Ranked within " + town), containsString("Pip " + family),
                        containsString("href=\"/offenders/" + suspectOf(file) + "\""), containsString("How the list is worked out"),
                        not(containsString("Recompute the list now")))));
        mvc.perform(get("/offenders").with(staff.as(officer)))
                .andExpect(content().string(allOf(containsString("RFG (recency, frequency, gravity)"),
                        containsString(">R<span class=\"govuk-visually-hidden\"> recency</span>"),
                        containsString(">V<span class=\"govuk-visually-hidden\"> victims</span>"))));
        mvc.perform(get("/offenders").param("area", "").with(staff.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ranked across the whole force."),
                        containsString("Your team's area is"))));
    }

    @Test
    void aSpecialistRecomputesTheListFromThePageAndSeesTheRunsFigures() throws Exception {
        mvc.perform(post("/offenders/recompute").with(staff.as("specialist")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("The list was recomputed:")));
        mvc.perform(post("/offenders/recompute").with(staff.as("officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/offenders").with(staff.as("specialist")))
                .andExpect(content().string(allOf(containsString("Recompute the list now"),
                        containsString("The whole list was last worked out in full"))));
    }

    @Test
    void theSpreadsheetGivesTheDefaultSizeForACountOutOfRangeOrNotANumberAndUkDates() throws Exception {
        String town = town();
        String family = Calls.unusedFamilyName();
        IncidentFile file = oneIncident(town, "Ezra", family);
        RankedPerpetrator ranked = standingWhen(suspectOf(file), scoring("5"));
        String latest = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(ranked.latestIncidentAt().atZone(java.time.ZoneId.of("Europe/London")));

        for (String limit : new String[] {"0", "abc", "501"}) {
            mvc.perform(get("/offenders.csv").param("area", town).param("limit", limit).with(staff.as("officer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("1,\"Ezra " + family + "\",07/07/1988,5,5,1,0,1,1," + latest + ",")));
        }
    }

    @Test
    void aStaffInvolvedPerpetratorIsARestrictedRecordOnThePageAndInTheSpreadsheetExceptToTheSpecialistTeam() throws Exception {
        String town = town();
        String family = Calls.unusedFamilyName();
        IncidentFile file = oneIncident(town, "Sid", family);
        long suspect = suspectOf(file);
        standingWhen(suspect, scoring("5"));
        staffInvolvement.mark(suspect, "Serving police constable", "specialist", Instant.now());

        RankedPerpetrator toOfficer = calls.as("officer", () -> priorityList.top(town, 10)).get(0);
        assertThat(toOfficer.restricted()).isTrue();
        assertThat(toOfficer.name()).isEqualTo("Restricted record");
        assertThat(toOfficer.dateOfBirth()).isNull();
        assertThat(toOfficer.score()).isEqualByComparingTo("5");
        mvc.perform(get("/offenders").param("area", town).with(staff.as("officer")))
                .andExpect(content().string(allOf(containsString("Restricted record"), not(containsString(family)))));

        mvc.perform(get("/offenders.csv").param("area", town).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(allOf(containsString("Rank,Name,Date of birth,Score,R,F,G,V"),
                        containsString("1,\"Restricted record\",,5,5,1,0,1,1,"), not(containsString(family)))));

        RankedPerpetrator toSpecialist = calls.as("specialist", () -> priorityList.top(town, 10)).get(0);
        assertThat(toSpecialist.restricted()).isFalse();
        assertThat(toSpecialist.name()).isEqualTo("Sid " + family);
    }

    @Test
    void everyViewOfTheListIsAuditedWithThePeopleShown() {
        String town = town();
        String family = Calls.unusedFamilyName();
        IncidentFile file = oneIncident(town, "Uri", family);
        standingWhen(suspectOf(file), scoring("5"));
        String officer = officerIn(town);

        calls.as(officer, () -> priorityList.top(town, 10));

        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'RFG_LIST_VIEWED' AND username = :user")
                .param("user", officer).query(String.class).list())
                .containsExactly("area " + town + ", top 10: people " + suspectOf(file));
    }

    @Test
    void onlyStaffWhoWorkWithPerpetratorsReadTheList() {
        assertThatThrownBy(() -> calls.as("call.handler", () -> priorityList.top(null, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as("officer", () -> priorityList.recomputeAll())).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A refresh that finishes while a full run is reading is not lost under the full run's older picture. The
     * test holds the list's lock while the full run reads, then, still holding it, records an offence (straight
     * into intake's table, so no listener repairs the row afterwards) and refreshes the suspect: the full run,
     * writing after, must apply that refresh again.
     */
    @Test
    void aRefreshWhileAFullRunIsReadingIsNotLost() throws Exception {
        String family = Calls.unusedFamilyName();
        IncidentFile file = oneIncident(town(), "Wes", family);
        long suspect = suspectOf(file);
        standingWhen(suspect, scoring("5"));

        CompletableFuture<RfgRun> fullRun = transactions.execute(held -> {
            store.lockList();
            CompletableFuture<RfgRun> run = CompletableFuture.supplyAsync(() -> calls.as("specialist", () -> priorityList.recomputeAll()));
            Eventually.found(() -> Optional.of(true).filter(x -> waitingForTheList() > 0));
            jdbc.sql("INSERT INTO intake.offence (incident_id, offence_group, recorded_by, recorded_at) "
                    + "VALUES (:id, 'SEXUAL_OFFENCE', 'officer', now())").param("id", file.incident().id()).update();
            priorityList.refresh(List.of(suspect));
            return run;
        });
        fullRun.get(60, TimeUnit.SECONDS);

        // G = 8: 5 × 9 = 45, as the refresh wrote it
        RankedPerpetrator after = calls.as("specialist", () -> priorityList.standing(suspect)).orElseThrow();
        assertThat(after.gravity()).isEqualTo(8);
        assertThat(after.score()).isEqualByComparingTo("45");
    }

    /**
     * Two full runs at once could each forget refreshes the other has still to apply: while one holds the full
     * runs' lock (the test holds it in its transaction), a button press is refused with a message and the
     * nightly job (run on every node) skips, and no run is recorded.
     */
    @Test
    void aFullRunWhileAnotherIsUnderwayIsRefusedOnThePageAndSkippedByTheNightlyJob() throws Exception {
        Optional<Long> lastBefore = calls.as("specialist", () -> priorityList.lastRun()).map(RfgRun::id);

        transactions.executeWithoutResult(held -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:class, :full)").param("class", RfgStore.LOCK_CLASS)
                    .param("full", RfgStore.FULL_RUN_LOCK).query(Object.class).list();
            try {
                Throwable refused = CompletableFuture.supplyAsync(() -> catchThrowable(() ->
                        calls.as("specialist", () -> priorityList.recomputeAll()))).get(60, TimeUnit.SECONDS);
                assertThat(refused).isInstanceOf(PriorityList.AlreadyRecomputing.class)
                        .hasMessage("The list is being recomputed already; try again in a minute");
                CompletableFuture.runAsync(() -> {
                    try {
                        mvc.perform(post("/offenders/recompute").with(staff.as("supervisor")).with(csrf()))
                                .andExpect(status().is3xxRedirection())
                                .andExpect(flash().attribute("conflict", "The list is being recomputed already; try again in a minute"))
                                .andExpect(flash().attributeCount(1));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).get(60, TimeUnit.SECONDS);
                CompletableFuture.runAsync(() -> nightly.recomputeNightly()).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(calls.as("specialist", () -> priorityList.lastRun()).map(RfgRun::id)).as("no run went ahead").isEqualTo(lastBefore);
    }

    private int waitingForTheList() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = :class")
                .param("class", RfgStore.LOCK_CLASS).query(Integer.class).single();
    }

    private int rowsUnder(long personKey) {
        return jdbc.sql("SELECT count(*) FROM offender.rfg_score WHERE person_key = :key").param("key", personKey)
                .query(Integer.class).single();
    }

    /** A new officer in a new response team covering {@code town}. */
    private String officerIn(String town) {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        long team = directory.createTeam(new NewTeam(police, "Response " + town, town)).id();
        String username = "t.officer." + UUID.randomUUID().toString().substring(0, 8);
        directory.createAccount(new NewStaffAccount(username, "Officer of " + town, null, police, team,
                Set.of(Role.OFFICER.name()), Staff.PASSWORD));
        return username;
    }
}
