package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.Referrals;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.Cases;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, need to know from the other side: the MARAC cases of the victims whose IDVA or SPOC I am are on my board,
 * however old the case and however many newer cases other victims have; someone else's victims' cases are not, and
 * the names shown are audited.
 */
@SafeguardTest
class MaracBoardSectionTests {

    @Autowired
    MaracBoardSection board;
    @Autowired
    MaracFixture fixture;
    @Autowired
    Cases cases;
    @Autowired
    Referrals referrals;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMaracCaseOfAVictimWhoseSpocIAmIsOnMyBoardHoweverManyNewerMaracCasesOthersHave() {
        MaracFixture.Victim victim = fixture.victim();
        String spoc = freshSpocOf(victim);
        String coordinator = fixture.account(Role.MARAC_COORDINATOR, "POLICE").username();
        long areaId = fixture.area(coordinator, coordinator, MaracFixture.CORE);
        long old = jdbc.sql("INSERT INTO marac.marac_case (area_id, victim_id, victim_name, referred_at, referring_agency, "
                        + "status, created_at) VALUES (?, ?, ?, ?, 'POLICE', 'WAITING', ?) RETURNING id")
                .params(areaId, victim.personId(), victim.name(), ago(400), ago(400)).query(Long.class).single();
        // More open cases than the board ever looked through, all newer, of victims who are nobody's here.
        jdbc.sql("INSERT INTO marac.marac_case (area_id, victim_id, victim_name, referred_at, referring_agency, status, "
                        + "created_at) SELECT ?, -n, 'Other victim', now(), 'POLICE', 'WAITING', now() FROM generate_series(1, 250) n")
                .param(areaId).update();

        List<BoardSection.Line> lines = lines(spoc);

        assertThat(lines).filteredOn(l -> l.linkPath().equals("/marac/cases/" + old)).singleElement()
                .satisfies(l -> {
                    assertThat(l.label()).isEqualTo(victim.name());
                    assertThat(l.text()).isEqualTo("Waiting for a MARAC meeting");
                    assertThat(l.tag()).isEqualTo("My victim");
                });
        assertThat(lines).noneMatch(l -> l.label().equals("Other victim"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_BOARD_VIEWED' AND username = ? "
                        + "AND reason = ?").params(spoc, "cases " + old).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theListedMaracCaseOfAVictimWhoseIdvaIAmIsOnMyBoardAndNotOnAnotherIdvas() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount idva = fixture.account(Role.IDVA, "IDVA_SERVICE");
        StaffAccount otherIdva = fixture.account(Role.IDVA, "IDVA_SERVICE");
        fixture.idva(listed.victim(), idva.username());
        MaracFixture.Listed others = fixture.listed();
        fixture.idva(others.victim(), otherIdva.username());

        assertThat(lines(idva.username())).filteredOn(l -> l.linkPath().equals("/marac/cases/" + listed.caseId()))
                .singleElement().satisfies(l -> assertThat(l.text()).startsWith("Listed at MARAC on "));
        assertThat(lines(otherIdva.username())).extracting(BoardSection.Line::linkPath)
                .contains("/marac/cases/" + others.caseId()).doesNotContain("/marac/cases/" + listed.caseId());
        assertThat(lines(idva.username())).noneMatch(l -> l.linkPath().equals("/marac/cases/" + others.caseId()));
        assertThat(calls.as(fixture.account(Role.PARTNER, "HOUSING").username(), () -> board.section())).isEmpty();
    }

    @Test
    void anIdvaWhoseVictimWasTakenOnByAnotherIdvaLaterNoLongerSeesTheCaseAsTheNeedToKnowRuleSays() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount first = fixture.account(Role.IDVA, "IDVA_SERVICE");
        StaffAccount second = fixture.account(Role.IDVA, "IDVA_SERVICE");
        fixture.idva(listed.victim(), first.username());
        jdbc.sql("UPDATE referral.referral SET decided_at = now() - interval '30 days' WHERE victim_id = ? AND assigned_to = ?")
                .params(listed.victim().personId(), first.username()).update();
        fixture.idva(listed.victim(), second.username());

        assertThat(referrals.assignedWorker(listed.victim().personId(), ServiceKind.IDVA)).contains(second.username());
        assertThat(referrals.victimsAssignedTo(second.username(), ServiceKind.IDVA)).containsExactly(listed.victim().personId());
        assertThat(referrals.victimsAssignedTo(first.username(), ServiceKind.IDVA)).isEmpty();
        assertThat(calls.as(first.username(), () -> board.section())).isEmpty();
    }

    @Test
    void aCaseHeardInTheLastThreeMonthsStaysOnMyBoardForItsMinutesAndOneHeardEarlierDoesNot() {
        MaracFixture.Victim victim = fixture.victim();
        String spoc = freshSpocOf(victim);
        long recent = heard(victim, 60);
        long earlier = heard(victim, 120);

        List<BoardSection.Line> lines = lines(spoc);

        assertThat(lines).filteredOn(l -> l.linkPath().equals("/marac/cases/" + recent)).singleElement()
                .satisfies(l -> assertThat(l.text()).startsWith("Heard at MARAC on "));
        assertThat(lines).noneMatch(l -> l.linkPath().equals("/marac/cases/" + earlier));
    }

    /** A fresh officer made the victim's SPOC by a supervisor, so no other test's victims are theirs. */
    private String freshSpocOf(MaracFixture.Victim victim) {
        String spoc = fixture.account(Role.OFFICER, "POLICE").username();
        calls.as("supervisor", () -> cases.changeSpoc(victim.victimCase().id(), victim.victimCase().version(), spoc,
                "Workload", "Lena is expecting a call on Tuesdays"));
        assertThat(cases.victimsWithSpoc(spoc)).containsExactly(victim.personId());
        return spoc;
    }

    private long heard(MaracFixture.Victim victim, int daysAgo) {
        return jdbc.sql("INSERT INTO marac.marac_case (victim_id, victim_name, referred_at, referring_agency, status, heard_at, "
                        + "created_at) VALUES (?, ?, ?, 'POLICE', 'HEARD', ?, ?) RETURNING id")
                .params(victim.personId(), victim.name(), ago(daysAgo + 20), ago(daysAgo), ago(daysAgo + 20))
                .query(Long.class).single();
    }

    private List<BoardSection.Line> lines(String username) {
        Optional<BoardSection> section = calls.as(username, () -> board.section());
        assertThat(section).as("the MARAC section of " + username + "'s board").isPresent();
        return section.get().lines();
    }

    private static Timestamp ago(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    }
}
