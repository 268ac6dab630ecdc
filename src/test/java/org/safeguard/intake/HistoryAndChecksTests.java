package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.SwitchableHistoryContributor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3: the history of a phone, an address (and the other flats in its building) and a person is
 * found while the call is live, repeat victims are flagged under the force's rule, and the checks are
 * recorded on the incident for the attending officer.
 */
@SafeguardTest
class HistoryAndChecksTests {

    @Autowired
    Calls calls;
    @Autowired
    IncidentHistory history;
    @Autowired
    Incidents incidents;
    @Autowired
    SwitchableHistoryContributor otherModule;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now();

    @AfterEach
    void quietOtherModule() {
        otherModule.set(SwitchableHistoryContributor.Mode.SILENT);
    }

    @Test
    void aPhoneWithTwoEarlierIncidentsShowsBothNewestFirst() {
        String phone = calls.unusedPhone();
        String family = Calls.unusedFamilyName();
        IncidentFile first = record(daysAgo(40), phone, "10 Mill Lane", Calls.unusedPostcode(), family);
        IncidentFile second = record(daysAgo(5), phone, "3 Bridge Street", Calls.unusedPostcode(), family);

        History found = lookUp(new HistoryQuery(phone.replace(" ", ""), null, null, null, null, null));

        assertThat(found.incidents()).extracting(History.PastIncident::reference)
                .containsExactly(second.incident().reference(), first.incident().reference());
        assertThat(found.incidents().get(0).via()).contains("phone");
        assertThat(second.incident().reference()).as("year received, then a number of at least 7 digits")
                .matches("INC-\\d{4}-\\d{7,}");
    }

    @Test
    void anAddressTypedDifferentlyIsTheSameAddressAndOtherFlatsInTheBuildingAreMarked() {
        String postcode = Calls.unusedPostcode();
        String family = Calls.unusedFamilyName();
        IncidentFile flatTwo = record(daysAgo(30), null, "Flat 2, 14 Mill Lane", postcode, family);
        IncidentFile flatFive = record(daysAgo(20), null, "Flat 5, 14 Mill Lane", postcode, Calls.unusedFamilyName());

        History found = lookUp(new HistoryQuery(null, "2/14 MILL  LANE", postcode.toLowerCase().replace(" ", ""), null, null, null));

        assertThat(found.incidents()).extracting(History.PastIncident::reference)
                .containsExactlyInAnyOrder(flatTwo.incident().reference(), flatFive.incident().reference());
        History.PastIncident sameFlat = only(found, flatTwo);
        History.PastIncident otherFlat = only(found, flatFive);
        assertThat(sameFlat.otherFlat()).isFalse();
        assertThat(otherFlat.otherFlat()).as("flat 5 is another flat in the same building").isTrue();
        assertThat(flatTwo.incident().addressId()).isNotEqualTo(flatFive.incident().addressId());
    }

    @Test
    void aPersonIsFoundByNameWithOrWithoutDateOfBirth() {
        String family = Calls.unusedFamilyName();
        IncidentFile earlier = record(daysAgo(60), null, "7 Church Road", Calls.unusedPostcode(), family);

        History withDob = lookUp(new HistoryQuery(null, null, null, "Dana", family, LocalDate.of(1990, 4, 12)));
        History withoutDob = lookUp(new HistoryQuery(null, null, null, null, family.toUpperCase(), null));
        History wrongDob = lookUp(new HistoryQuery(null, null, null, "Dana", family, LocalDate.of(1991, 4, 12)));

        assertThat(withDob.incidents()).extracting(History.PastIncident::reference).containsExactly(earlier.incident().reference());
        assertThat(withoutDob.incidents()).extracting(History.PastIncident::reference).contains(earlier.incident().reference());
        assertThat(wrongDob.incidents()).isEmpty();
    }

    @Test
    void aVictimWithOneEarlierDomesticAbuseIncidentInTwelveMonthsIsARepeatVictim() {
        String family = Calls.unusedFamilyName();
        IncidentFile first = record(daysAgo(300), null, "1 Elm Close", Calls.unusedPostcode(), family);
        IncidentFile second = record(daysAgo(1), null, "1 Elm Close", Calls.unusedPostcode(), family);

        assertThat(first.incident().repeatVictim()).isFalse();
        assertThat(second.incident().repeatVictim()).isTrue();
        History found = lookUp(new HistoryQuery(null, null, null, "Dana", family, LocalDate.of(1990, 4, 12)));
        History.PersonFound victim = found.people().stream().filter(p -> p.name().equals("Dana " + family)).findFirst().orElseThrow();
        assertThat(victim.repeatVictim()).isTrue();
        assertThat(victim.victimIncidentsInWindow()).isEqualTo(2);
    }

    @Test
    void anEarlierIncidentMoreThanTwelveMonthsBeforeDoesNotMakeARepeatVictim() {
        String family = Calls.unusedFamilyName();
        record(daysAgo(400), null, "1 Elm Close", Calls.unusedPostcode(), family);
        IncidentFile later = record(daysAgo(1), null, "1 Elm Close", Calls.unusedPostcode(), family);

        assertThat(later.incident().repeatVictim()).isFalse();
    }

    @Test
    void threeIncidentsInTwentyEightDaysFlagTheVictimForSpecialistReview() {
        String family = Calls.unusedFamilyName();
        record(daysAgo(20), null, "1 Elm Close", Calls.unusedPostcode(), family);
        IncidentFile second = record(daysAgo(10), null, "1 Elm Close", Calls.unusedPostcode(), family);
        IncidentFile third = record(daysAgo(1), null, "1 Elm Close", Calls.unusedPostcode(), family);

        assertThat(second.incident().specialistReview()).isFalse();
        assertThat(third.incident().specialistReview()).isTrue();
    }

    @Test
    void savingAnIncidentRecordsThePhoneAddressAndPersonChecksForTheOfficer() {
        String phone = calls.unusedPhone();
        String family = Calls.unusedFamilyName();
        String postcode = Calls.unusedPostcode();
        record(daysAgo(90), phone, "22 Oak Avenue", postcode, family);

        IncidentFile saved = record(daysAgo(0), phone, "22 Oak Avenue", postcode, family);

        List<IntelligenceCheck> checks = saved.checks();
        assertThat(checks).extracting(IntelligenceCheck::kind).contains("Phone", "Address", "Person");
        assertThat(checks).allMatch(IntelligenceCheck::completed);
        assertThat(checks).allMatch(c -> c.ranFor().equals("System for call.handler"));
        IntelligenceCheck phoneCheck = checks.stream().filter(c -> c.kind().equals("Phone")).findFirst().orElseThrow();
        assertThat(phoneCheck.found()).isEqualTo(1);
        assertThat(phoneCheck.summary()).startsWith("1 earlier incident")
                .as("the incident being recorded is not counted in its own checks")
                .contains("Repeat victim: Dana " + family, "Lee " + family + "x suspect in 1.");
        IncidentFile asOfficerSees = calls.as("officer", () -> incidents.file(saved.incident().id()));
        assertThat(asOfficerSees.checks()).hasSameSizeAs(checks);
        assertThat(audited("INTELLIGENCE_CHECKS_RECORDED", saved.incident().id())).isEqualTo(1);
        assertThat(audited("INCIDENT_VIEWED", saved.incident().id())).isEqualTo(1);
    }

    @Test
    void anotherModulesSectionAppearsInThePanelAndIsRecordedAsACheck() {
        otherModule.set(SwitchableHistoryContributor.Mode.ANSWERS);
        String family = Calls.unusedFamilyName();
        record(daysAgo(10), null, "5 Ash Grove", Calls.unusedPostcode(), family);

        History found = lookUp(new HistoryQuery(null, null, null, "Dana", family, null));
        IncidentFile saved = record(daysAgo(0), null, "5 Ash Grove", Calls.unusedPostcode(), family);

        assertThat(found.sections()).extracting(HistorySection::title).contains("Named SPOC");
        assertThat(saved.checks()).anyMatch(c -> c.kind().equals("Named SPOC") && c.completed());
    }

    @Test
    void aFailedCheckNeverStopsTheIncidentBeingSavedAndIsShownAsNotCompleted() {
        otherModule.set(SwitchableHistoryContributor.Mode.FAILS);
        String family = Calls.unusedFamilyName();

        IncidentFile saved = record(daysAgo(0), null, "9 Birch Way", Calls.unusedPostcode(), family);

        assertThat(jdbc.sql("SELECT status FROM intake.incident WHERE id = :id").param("id", saved.incident().id())
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(saved.checks()).anyMatch(c -> c.kind().equals("Test module") && !c.completed());
        assertThat(saved.checks()).anyMatch(c -> c.kind().equals("Address") && c.completed());

        otherModule.set(SwitchableHistoryContributor.Mode.SILENT);
        IncidentFile again = calls.as("officer", () -> incidents.rerunChecks(saved.incident().id()));
        assertThat(again.checks().size()).isGreaterThan(saved.checks().size());
    }

    @Test
    void everyHistoryLookupIsInTheAuditLogWithWhatWasSearched() {
        String phone = calls.unusedPhone();
        long before = jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'HISTORY_LOOKED_UP' AND reason LIKE :phone")
                .param("phone", "%" + phone + "%").query(Long.class).single();

        lookUp(new HistoryQuery(phone, null, null, null, null, null));

        long after = jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'HISTORY_LOOKED_UP' AND reason LIKE :phone")
                .param("phone", "%" + phone + "%").query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void theChecksReportCountsIncidentsWithChecksRecorded() {
        Instant from = now.minus(Duration.ofDays(1));
        CheckCoverage before = calls.as("supervisor", () -> incidents.checkCoverage(from, now.plusSeconds(60)));
        record(now.minusSeconds(30), null, "4 Lime Street", Calls.unusedPostcode(), Calls.unusedFamilyName());
        CheckCoverage after = calls.as("supervisor", () -> incidents.checkCoverage(from, now.plusSeconds(60)));

        assertThat(after.incidents()).isEqualTo(before.incidents() + 1);
        assertThat(after.withChecks()).isEqualTo(before.withChecks() + 1);
    }

    private IncidentFile record(Instant at, String phone, String location, String postcode, String family) {
        return calls.record("call.handler", Calls.domesticAbuse(at, phone, location, postcode,
                Calls.victim("Dana", family, LocalDate.of(1990, 4, 12)),
                Calls.suspect("Lee", family + "x", LocalDate.of(1988, 1, 2)), "PRIORITY"));
    }

    private History lookUp(HistoryQuery query) {
        return calls.as("call.handler", () -> history.lookUp(query));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).minusSeconds(60);
    }

    private static History.PastIncident only(History found, IncidentFile file) {
        return found.incidents().stream().filter(p -> p.id() == file.incident().id()).findFirst().orElseThrow();
    }

    private long audited(String action, long incidentId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND subject_id = :id")
                .param("action", action).param("id", Long.toString(incidentId)).query(Long.class).single();
    }
}
