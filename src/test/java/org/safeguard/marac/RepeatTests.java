package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.access.ActingAs;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.HistorySubject;
import org.safeguard.shell.UkTime;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SafeLives' repeat MARAC case: a victim referred again within 12 months of their last MARAC referral (not
 * withdrawn) is a repeat, linked to that case, whichever of the victim's linked records the referrals name; after 12 months it is not.
 */
@SafeguardTest
class RepeatTests {

    @Autowired
    Staff staff;
    @Autowired
    ActingAs acting;
    @Autowired
    Calls calls;
    @Autowired
    PersonLinks links;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MaracHistorySection history;

    @Autowired
    MaracAgenda agenda;
    @Autowired
    AgendaFixtures fixtures;

    @Test
    void safeLivesReReferredSixMonthsAfterTheLastReferralIsARepeatLinkedToThatCase() throws Exception {
        MaracArea area = fixtures.area(20);
        long victim = AgendaFixtures.unknownVictim();
        MaracCase earlier = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0),
                Instant.now().minus(Duration.ofDays(190))));
        assertThat(earlier.repeat()).isFalse();
        fixtures.heard(earlier.id(), Instant.now().minus(Duration.ofDays(182)));

        MaracCase again = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));

        assertThat(again.repeatOf()).isEqualTo(earlier.id());
        mvc.perform(get("/marac/meetings/" + again.meetingId()).with(staff.as(area.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Repeat")))
                .andExpect(content().string(Matchers.containsString("href=\"/marac/cases/" + earlier.id() + "\"")));
    }

    @Test
    void safeLivesReReferredThirteenMonthsAfterTheLastReferralIsNotARepeatThoughItWasHeardWithinTwelve() {
        MaracArea area = fixtures.area(20);
        long victim = AgendaFixtures.unknownVictim();
        MaracCase earlier = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0),
                Instant.now().minus(Duration.ofDays(396))));
        fixtures.heard(earlier.id(), Instant.now().minus(Duration.ofDays(330)));

        MaracCase again = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));

        assertThat(again.repeat()).isFalse();
    }

    @Test
    void safeLivesAWithdrawnEarlierMaracCaseIsNotCountedAsTheLastReferral() {
        MaracArea area = fixtures.area(20);
        long victim = AgendaFixtures.unknownVictim();
        MaracCase earlier = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0),
                Instant.now().minus(Duration.ofDays(30))));
        fixtures.as(area.coordinator(), () -> agenda.withdraw(earlier.id(), "Referred in error", earlier.version()));

        MaracCase again = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));

        assertThat(again.repeat()).isFalse();
        assertThat(again.status()).isEqualTo(MaracCase.Status.LISTED);
    }

    @Test
    void aReferralWhileTheVictimIsStillListedJoinsThatCaseSoTheyAreListedOnceAndItIsNoRepeat() {
        MaracArea area = fixtures.area(20);
        long victim = AgendaFixtures.unknownVictim();
        MaracCase first = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));
        MaracCase again = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));

        assertThat(again.repeat()).isFalse();
        assertThat(again.status()).isEqualTo(MaracCase.Status.WITHDRAWN);
        assertThat(again.meetingId()).isNull();
        assertThat(jdbc.sql("SELECT withdrawn_reason FROM marac.marac_case WHERE id = ?").param(again.id())
                .query(String.class).single()).startsWith("Joined case " + first.id());
        assertThat(fixtures.find(first.id()).status()).isEqualTo(MaracCase.Status.LISTED);
    }

    @Test
    void safeLivesARepeatCountsTheHearingOfAnotherLinkedRecordOfTheVictim() {
        MaracArea area = fixtures.area(20);
        long first = victimOf("Tess", Calls.unusedFamilyName());
        long second = victimOf("Tessa", Calls.unusedFamilyName());
        acting.run("specialist", () -> links.link(first, second, "Same woman: married name, same date of birth"));
        MaracCase earlier = fixtures.refer(AgendaFixtures.referral(first, area.covers().get(0),
                Instant.now().minus(Duration.ofDays(100))));
        fixtures.heard(earlier.id(), Instant.now().minus(Duration.ofDays(90)));

        MaracCase again = fixtures.refer(AgendaFixtures.referral(second, area.covers().get(0), Instant.now()));

        assertThat(again.repeatOf()).isEqualTo(earlier.id());
    }

    @Test
    void theHistoryPanelSaysWhenTheVictimWasLastHeardThatTheyAreARepeatAndWhenTheyAreNextListed() {
        MaracArea area = fixtures.area(20);
        long victim = AgendaFixtures.unknownVictim();
        Instant heardAt = Instant.parse("2026-06-09T09:00:00Z");
        MaracCase earlier = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), heardAt.minus(Duration.ofDays(10))));
        fixtures.heard(earlier.id(), heardAt);
        MaracCase again = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), heardAt.plus(Duration.ofDays(60))));
        fixtures.heard(again.id(), heardAt.plus(Duration.ofDays(90)));
        MaracCase third = fixtures.refer(AgendaFixtures.referral(victim, area.covers().get(0), Instant.now()));

        var section = history.contribute(new HistorySubject(java.util.Set.of(victim), java.util.Set.of(), java.util.Set.of()));

        assertThat(section).isPresent();
        assertThat(section.get().lines()).containsExactly(third.victimName() + ": MARAC heard on " + new UkTime().day(heardAt.plus(Duration.ofDays(90))) + ", repeat; next meeting "
                + new UkTime().day(third.meetingAt()));
    }

    private long victimOf(String given, String family) {
        IncidentFile incident = calls.record("call.handler", Calls.domesticAbuse(Instant.now(), null, "12 Station Road",
                Calls.unusedPostcode(), Calls.victim(given, family, LocalDate.of(1991, 3, 4)),
                Calls.suspect("Owen", Calls.unusedFamilyName(), LocalDate.of(1989, 6, 7)), "PRIORITY"));
        return incident.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }
}
