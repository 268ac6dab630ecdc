package org.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Retention and review (issue 10, item 6): each record type has a review period; records due are listed for their
 * owning agency and team; keeping one needs a reason and takes it off the list until the next review; nothing is
 * deleted. The old records are written straight to the tables, as an import from a past system would leave them:
 * no page records an incident six years ago.
 */
@SafeguardTest
class RetentionReviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void anIncidentOlderThanItsReviewPeriodIsDueForItsOwningAgencyAndNoOther() throws Exception {
        Agency owner = freshAgency();
        String supervisor = reviewer(owner, null, Role.SUPERVISOR);
        String otherAgency = reviewer(freshAgency(), null, Role.SUPERVISOR);
        String due = incident(owner, ZonedDateTime.now(clock).minusYears(7));
        String recent = incident(owner, ZonedDateTime.now(clock).minusYears(5));

        mvc.perform(get("/retention").with(staff.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Incident " + due)))
                .andExpect(content().string(not(containsString("Incident " + recent))))
                .andExpect(content().string(containsString("Nothing in Safeguard deletes a record")))
                .andExpect(content().string(containsString("Keep, review again on")));
        mvc.perform(get("/retention").with(staff.as(otherAgency))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Incident " + due))));
        assertThat(audited("RETENTION_DUE_VIEWED", supervisor)).isEqualTo(1);

        mvc.perform(post("/retention/incident/" + incidentId(due) + "/keep").with(staff.as(otherAgency)).with(csrf())
                .param("reason", "Not ours to keep")).andExpect(status().isNotFound());
        assertThat(reviewsOf(incidentId(due))).isZero();
    }

    @Test
    void keepingARecordWithAReasonTakesItOffTheListUntilTheNextReviewAndTheRecordStays() throws Exception {
        Agency owner = freshAgency();
        String specialist = reviewer(owner, null, Role.DA_SPECIALIST);
        String due = incident(owner, ZonedDateTime.now(clock).minusYears(8));
        long id = incidentId(due);

        mvc.perform(post("/retention/incident/" + id + "/keep").with(staff.as(specialist)).with(csrf())
                        .param("reason", "Linked to a live MARAC case in another area"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/retention").with(staff.as(specialist))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Incident " + due))));
        LocalDate next = jdbc.sql("SELECT next_review_on FROM access.retention_review WHERE record_type = 'incident' "
                + "AND record_id = ?").param(id).query(LocalDate.class).single();
        assertThat(next).isEqualTo(LocalDate.now(clock).plus(Period.ofYears(6)));
        assertThat(jdbc.sql("SELECT count(*) FROM intake.incident WHERE id = ?").param(id).query(Integer.class).single())
                .as("a review keeps the record; nothing is deleted").isEqualTo(1);
        assertThat(audited("RETENTION_REVIEWED", specialist)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access.retention_review WHERE record_id = ?").param(id).update())
                .as("a review is history: the database refuses removing it").rootCause()
                .hasMessageContaining("never changed or removed");
    }

    @Test
    void keepingWithAnEmptyReasonIsRefusedWithAMessageAndAudited() throws Exception {
        Agency owner = freshAgency();
        String supervisor = reviewer(owner, null, Role.SUPERVISOR);
        long id = incidentId(incident(owner, ZonedDateTime.now(clock).minusYears(7)));

        mvc.perform(post("/retention/incident/" + id + "/keep").with(staff.as(supervisor)).with(csrf()).param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why the record is kept")));
        assertThat(reviewsOf(id)).isZero();
        assertThat(audited("RETENTION_REVIEW_REFUSED", supervisor)).isEqualTo(1);
    }

    @Test
    void aClosedCaseIsDueForItsSpocsTeamWithoutTheVictimsNameAndAdministratorsOnlyRead() throws Exception {
        Agency owner = freshAgency();
        Team team = directory.createTeam(new NewTeam(owner.id(), "Public Protection " + owner.code(), "Stevenage"));
        Team otherTeam = directory.createTeam(new NewTeam(owner.id(), "Response " + owner.code(), "Hitchin"));
        String inTeam = reviewer(owner, team.id(), Role.SUPERVISOR);
        String outOfTeam = reviewer(owner, otherTeam.id(), Role.SUPERVISOR);
        String admin = reviewer(owner, null, Role.ADMIN);
        String victim = "Retentia " + UUID.randomUUID().toString().substring(0, 6);
        long caseId = jdbc.sql("INSERT INTO safeguarding.victim_case (victim_id, victim_name, status, opened_at, closed_at, "
                        + "closed_by, closed_reason, area, spoc_username, spoc_name, spoc_team, spoc_since, owning_agency) "
                        + "VALUES (-1, ?, 'CLOSED', ?, ?, 'someone', 'No further contact wanted', 'Stevenage', 'someone', "
                        + "'Some One', ?, ?, ?) RETURNING id")
                .params(victim, Timestamp.from(ZonedDateTime.now(clock).minusYears(9).toInstant()),
                        Timestamp.from(ZonedDateTime.now(clock).minusYears(7).toInstant()), team.name(),
                        Timestamp.from(ZonedDateTime.now(clock).minusYears(9).toInstant()), owner.code())
                .query(Long.class).single();

        mvc.perform(get("/retention").with(staff.as(inTeam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")))
                .andExpect(content().string(not(containsString(victim))));
        mvc.perform(get("/retention").with(staff.as(outOfTeam))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/cases/" + caseId + "\""))));
        mvc.perform(get("/retention").with(staff.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")))
                .andExpect(content().string(not(containsString("Keep, review again on"))));
        mvc.perform(post("/retention/case/" + caseId + "/keep").with(staff.as(admin)).with(csrf()).param("reason", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/retention").with(staff.as(staff.fresh(Role.OFFICER).username()))).andExpect(status().isForbidden());
    }

    private Agency freshAgency() {
        String code = "RET_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        return directory.createAgency(new NewAgency(code, "Retention test " + code, AgencyKind.POLICE.name()));
    }

    private String reviewer(Agency agency, Long teamId, Role role) {
        String username = "t.retention." + UUID.randomUUID().toString().substring(0, 8);
        directory.createAccount(new NewStaffAccount(username, "Test reviewer", null, agency.id(), teamId,
                Set.of(role.name()), Staff.PASSWORD));
        return username;
    }

    /**
     * An incident received, recorded and closed long ago for the agency, in a town of its own and not domestic abuse
     * (so no measure of another test counts it); returns its reference.
     */
    private String incident(Agency agency, ZonedDateTime at) {
        String reference = "RT" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        Timestamp when = Timestamp.from(at.toInstant());
        jdbc.sql("INSERT INTO intake.incident (reference, received_at, channel, location_typed, area, domestic_abuse, grade, "
                        + "status, recorded_by, recorded_at, closed_at, closed_by, owning_agency) VALUES (?, ?, 'EMERGENCY_999', "
                        + "'1 Retention Road', ?, false, 'PRIORITY', 'CLOSED', 'someone', ?, ?, 'someone', ?)")
                .params(reference, when, "Retentionford " + agency.code(), when, when, agency.code()).update();
        return reference;
    }

    private long incidentId(String reference) {
        return jdbc.sql("SELECT id FROM intake.incident WHERE reference = ?").param(reference).query(Long.class).single();
    }

    private int reviewsOf(long incidentId) {
        return jdbc.sql("SELECT count(*) FROM access.retention_review WHERE record_type = 'incident' AND record_id = ?")
                .param(incidentId).query(Integer.class).single();
    }

    private int audited(String action, String username) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = ? AND username = ?")
                .params(action, username).query(Integer.class).single();
    }
}
