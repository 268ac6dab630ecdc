package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.ReferralClosed;
import org.safeguard.referral.ReferralMade;
import org.safeguard.referral.ReferralStatus;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's agenda: MARAC referrals are listed at the next meeting of the victim's area with space (capacity holds
 * when cases arrive at once), the coordinator moves cases but never onto a full meeting, an urgent case gives
 * the victim's SPOC an interim safety plan task, and only the MARAC's need-to-know circle opens its agenda.
 */
@SafeguardTest
class AgendaTests {

    @Autowired
    MaracAgenda agenda;
    @Autowired
    ReferralListing listing;
    @Autowired
    Listing places;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    AgendaFixtures fixtures;
    @Autowired
    MaracFixture fixture;

    @Test
    void aReferralIsListedAtTheNextMeetingWithSpaceAndAFullMeetingSendsTheNextCaseToTheOneAfter() {
        MaracArea area = fixtures.area(2);
        String town = area.covers().get(0);
        MaracCase first = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), town, Instant.now()));
        MaracCase second = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), town, Instant.now()));
        MaracCase third = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), town, Instant.now()));

        assertThat(first.status()).isEqualTo(MaracCase.Status.LISTED);
        assertThat(first.areaId()).isEqualTo(area.id());
        assertThat(first.meetingAt()).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(32)));
        assertThat(first.meetingAt().atZone(java.time.ZoneId.of("Europe/London")).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(second.meetingId()).isEqualTo(first.meetingId());
        assertThat(third.meetingId()).isNotEqualTo(first.meetingId());
        assertThat(third.meetingAt()).isAfter(first.meetingAt());
        assertThat(first.children()).isEqualTo(2);
        assertThat(first.perpetratorIds()).containsExactly(9L);
        assertThat(first.referringAgency()).isEqualTo("POLICE");
    }

    @Test
    void theSameReferralHeardTwiceIsListedOnce() {
        MaracArea area = fixtures.area(20);
        ReferralMade made = AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now());
        MaracCase listed = fixtures.refer(made);
        listing.list(made);
        assertThat(jdbc.sql("SELECT count(*) FROM marac.marac_case WHERE referral_id = ?").param(made.referralId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(fixtures.find(listed.id()).version()).isEqualTo(listed.version());
    }

    @Test
    void capacityHoldsWhenFiveCasesAreListedAtOnceInAMeetingOfTwo() throws Exception {
        MaracArea area = fixtures.area(2);
        List<ReferralMade> referrals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            referrals.add(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> done = new ArrayList<>();
            referrals.forEach(r -> done.add(pool.submit(() -> listing.list(r))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<Instant, Long> perMeeting = referrals.stream()
                .map(r -> fixtures.find(fixtures.caseIdOf(r.referralId()).orElseThrow()))
                .collect(Collectors.groupingBy(MaracCase::meetingAt, TreeMap::new, Collectors.counting()));
        assertThat(perMeeting.values()).containsExactly(2L, 2L, 1L);
    }

    @Test
    void movingACaseToAFullMeetingIsRefusedAndNothingChanges() {
        MaracArea area = fixtures.area(1);
        MaracCase first = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        MaracCase second = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        assertThat(second.meetingId()).isNotEqualTo(first.meetingId());

        assertThatThrownBy(() -> fixtures.as(area.coordinator(),
                () -> agenda.move(second.id(), first.meetingId(), second.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField())
                        .containsEntry("meetingId", "That meeting is full: 1 of 1 cases"));
        MaracCase after = fixtures.find(second.id());
        assertThat(after.meetingId()).isEqualTo(second.meetingId());
        assertThat(after.version()).isEqualTo(second.version());
    }

    @Test
    void theCoordinatorMovesACaseToALaterMeetingWithSpace_anotherCoordinatorMayNotAndTheRefusalIsAuditedAndKept() {
        MaracArea area = fixtures.area(5);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        MaracArea other = fixtures.area(5);
        Meeting later = places.upcoming(area, 3).stream().filter(m -> m.heldAt().isAfter(listed.meetingAt())).findFirst().orElseThrow();

        assertThatThrownBy(() -> fixtures.as(other.coordinator(), () -> agenda.move(listed.id(), later.id(), listed.version())))
                .isInstanceOf(AccessDeniedException.class);
        // The refusal is audited in its own transaction: it survives the refused move's rollback.
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_ACCESS_REFUSED' AND subject_type = "
                        + "'marac-case' AND subject_id = ? AND username = ?").params(String.valueOf(listed.id()), other.coordinator())
                .query(Integer.class).single()).isEqualTo(1);
        MaracCase moved = fixtures.as(area.coordinator(), () -> agenda.move(listed.id(), later.id(), listed.version()));
        assertThat(moved.meetingId()).isEqualTo(later.id());
        assertThat(moved.status()).isEqualTo(MaracCase.Status.LISTED);
    }

    @Test
    void aReferralFromAnAreaNoMaracCoversWaitsUntilACoordinatorPlacesIt() throws Exception {
        MaracCase waiting = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(),
                "Nowhere " + System.nanoTime(), Instant.now()));
        assertThat(waiting.areaId()).isNull();
        assertThat(waiting.status()).isEqualTo(MaracCase.Status.WAITING);
        MaracArea area = fixtures.area(20);
        assertThat(fixtures.as(area.coordinator(), () -> agenda.home()).unplaced()).extracting(MaracCase::id)
                .contains(waiting.id());
        mvc.perform(get("/marac").with(staff.as(area.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/marac/cases/" + waiting.id() + "\"")));
        mvc.perform(get("/marac/cases/" + waiting.id()).with(staff.as(area.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Place the case in this MARAC")));

        mvc.perform(post("/marac/cases/" + waiting.id() + "/place").with(staff.as(area.coordinator())).with(csrf())
                        .param("areaId", String.valueOf(area.id())).param("version", String.valueOf(waiting.version())))
                .andExpect(status().is3xxRedirection());
        MaracCase placed = fixtures.find(waiting.id());
        assertThat(placed.areaId()).isEqualTo(area.id());
        assertThat(placed.status()).isEqualTo(MaracCase.Status.LISTED);
        assertThat(placed.meetingAt()).isAfter(Instant.now());
    }

    @Test
    void anUrgentCaseGivesTheVictimsSpocAnInterimSafetyPlanTaskDueWithinAWorkingDay() {
        String family = Calls.unusedFamilyName();
        IncidentFile incident = calls.record("call.handler", Calls.domesticAbuse(Instant.now(), null, "4 Orchard Way",
                Calls.unusedPostcode(), Calls.victim("Tess", family, LocalDate.of(1990, 5, 1)),
                Calls.suspect("Owen", family, LocalDate.of(1988, 2, 2)), "PRIORITY"));
        long victim = incident.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        VictimCase victimCase = Eventually.found(() -> calls.as("supervisor", () -> cases.openCaseOf(victim)));
        MaracArea area = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));
        assertThat(listed.victimSex()).isEqualTo("FEMALE");
        assertThat(listed.victimAge()).isBetween(35, 37);

        var spoc = fixtures.as(area.coordinator(), () -> agenda.markUrgent(listed.id(), listed.version()));

        assertThat(spoc).contains(victimCase.spoc().username());
        MaracCase urgent = fixtures.find(listed.id());
        assertThat(urgent.needsInterimPlan()).isTrue();
        Map<String, Object> task = jdbc.sql("SELECT t.kind, t.owner, t.due_at FROM safeguarding.task t "
                        + "JOIN marac.marac_case c ON c.urgent_task_id = t.id WHERE c.id = ?")
                .param(listed.id()).query().singleRow();
        assertThat(task.get("kind")).isEqualTo("SAFETY_PLAN");
        assertThat(task.get("owner")).isEqualTo(victimCase.spoc().username());
        Instant due = ((java.sql.Timestamp) task.get("due_at")).toInstant();
        assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(5)))
                .isBeforeOrEqualTo(listed.meetingAt());

        MaracCase planned = fixtures.as(area.coordinator(),
                () -> agenda.recordInterimPlan(listed.id(), "Refuge place offered; police marker on the address", urgent.version()));
        assertThat(planned.needsInterimPlan()).isFalse();
        assertThat(planned.interimPlanBy()).isEqualTo(area.coordinator());
    }

    @Test
    void anOutsiderCannotOpenTheAgendaAndTheRefusalIsAudited() throws Exception {
        MaracArea area = fixtures.area(20);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        String outsider = staff.fresh(Role.SUPERVISOR).username();

        mvc.perform(get("/marac/meetings/" + listed.meetingId()).with(staff.as(outsider))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_ACCESS_REFUSED' AND username = ? "
                + "AND subject_id = ?").params(outsider, String.valueOf(listed.meetingId())).query(Integer.class).single())
                .isEqualTo(1);

        mvc.perform(get("/marac/meetings/" + listed.meetingId()).with(staff.as(area.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(listed.victimName())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 of 20 cases listed")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_AGENDA_VIEWED' AND username = ? "
                + "AND subject_id = ?").params(area.coordinator(), String.valueOf(listed.meetingId())).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void withdrawingACaseNeedsAReasonAndFreesItsPlace() {
        MaracArea area = fixtures.area(1);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        assertThatThrownBy(() -> fixtures.as(area.coordinator(), () -> agenda.withdraw(listed.id(), " ", listed.version())))
                .isInstanceOf(InvalidRequest.class);
        MaracCase withdrawn = fixtures.as(area.coordinator(),
                () -> agenda.withdraw(listed.id(), "Victim moved abroad", listed.version()));
        assertThat(withdrawn.status()).isEqualTo(MaracCase.Status.WITHDRAWN);
        MaracCase next = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        assertThat(next.meetingId()).isEqualTo(listed.meetingId());
    }

    @Test
    void aMaracReferralDeclinedOrClosedBySomeoneElseWithdrawsItsCaseOnceAndAHeardCaseIsUntouched() {
        MaracArea area = fixtures.area(5);
        ReferralMade declinedReferral = AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now());
        MaracCase listed = fixtures.refer(declinedReferral);
        ReferralMade heardReferral = AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now());
        MaracCase heard = fixtures.refer(heardReferral);
        fixtures.heard(heard.id(), Instant.now());

        ReferralClosed declined = new ReferralClosed(declinedReferral.referralId(), listed.victimId(), ServiceKind.MARAC,
                ReferralStatus.DECLINED, "Below the MARAC threshold", Instant.now(), "marac.coordinator");
        fixtures.publish(declined);
        fixtures.publish(declined);
        fixtures.publish(new ReferralClosed(heardReferral.referralId(), heard.victimId(), ServiceKind.MARAC,
                ReferralStatus.CLOSED, "Sender closed it", Instant.now(), "officer"));

        MaracCase withdrawn = Eventually.found(() -> java.util.Optional.of(fixtures.find(listed.id()))
                .filter(c -> c.status() == MaracCase.Status.WITHDRAWN));
        assertThat(jdbc.sql("SELECT withdrawn_reason FROM marac.marac_case WHERE id = ?").param(listed.id())
                .query(String.class).single()).isEqualTo("Referral declined: Below the MARAC threshold");
        assertThat(withdrawn.version()).isEqualTo(listed.version() + 1);
        assertThat(fixtures.find(heard.id()).status()).isEqualTo(MaracCase.Status.HEARD);
    }

    @Test
    void theBoardIsTheWayInForTheCircleMeetingsResearchDueAndMyVictimsMaracCasesEachLinked() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        org.safeguard.access.StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(listed.areaId(), health, "HEALTH");
        org.safeguard.access.StaffAccount outsider = fixture.account(Role.PARTNER, "HOUSING");

        mvc.perform(get("/board").with(staff.as(listed.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/marac/meetings/" + listed.meetingId() + "\"")));
        mvc.perform(get("/board").with(staff.as(health.username()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Research due")))
                .andExpect(content().string(Matchers.containsString("href=\"/marac/cases/" + listed.caseId() + "\"")));
        mvc.perform(get("/board").with(staff.as(listed.victim().spoc()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/marac/cases/" + listed.caseId() + "\"")));
        mvc.perform(get("/board").with(staff.as(outsider.username()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/marac/cases/" + listed.caseId()))));
    }

    @Test
    void aMaracReferralLeadsToTheCaseMadeFromItAndTheCaseLinksBackToTheReferral() throws Exception {
        MaracArea area = fixtures.area(5);
        ReferralMade made = AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now());
        MaracCase listed = fixtures.refer(made);

        mvc.perform(get("/marac/referrals/" + made.referralId()).with(staff.as(area.coordinator())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/marac/cases/" + listed.id()));
        mvc.perform(get("/marac/referrals/" + AgendaFixtures.unknownVictim()).with(staff.as(area.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/marac/cases/" + listed.id()).with(staff.as(area.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/referrals/" + made.referralId() + "\"")))
                .andExpect(content().string(Matchers.containsString("Demo Constabulary")));
    }

    @Test
    void aCaseAlreadyUrgentIsSaidAsAConflictOnTheCasePageNotAnErrorLinkToAFieldThatIsNotThere() throws Exception {
        MaracArea area = fixtures.area(5);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        fixtures.as(area.coordinator(), () -> agenda.markUrgent(listed.id(), listed.version()));
        MaracCase urgent = fixtures.find(listed.id());

        mvc.perform(post("/marac/cases/" + listed.id() + "/urgent").with(staff.as(area.coordinator())).with(csrf())
                        .param("version", String.valueOf(urgent.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("conflict", "This case is already urgent"));
    }

    @Test
    void anEqualityAnswerChosenInErrorCanBeClearedToNotRecorded() throws Exception {
        MaracArea area = fixtures.area(5);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0), Instant.now()));
        fixtures.as(area.coordinator(), () -> agenda.recordEquality(listed.id(), true, false, null, listed.version()));
        MaracCase recorded = fixtures.find(listed.id());
        mvc.perform(get("/marac/cases/" + listed.id()).with(staff.as(area.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"bme-not-recorded\"")));

        mvc.perform(post("/marac/cases/" + listed.id() + "/equality").with(staff.as(area.coordinator())).with(csrf())
                        .param("version", String.valueOf(recorded.version())).param("bme", "not-recorded")
                        .param("lgbt", "no").param("disability", "not-recorded"))
                .andExpect(status().is3xxRedirection());

        MaracCase cleared = fixtures.find(listed.id());
        assertThat(cleared.victimBme()).isNull();
        assertThat(cleared.victimLgbt()).isFalse();
        mvc.perform(get("/marac/areas/new").with(staff.as(area.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("action=\"/marac/areas\"")));
    }
}
