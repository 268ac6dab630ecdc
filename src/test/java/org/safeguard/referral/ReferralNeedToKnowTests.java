package org.safeguard.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.NewTeam;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.RecordType;
import org.safeguard.access.Relationship;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.WorkingAgency;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 10 (need to know) in referrals: the worker who took on a victim's IDVA referral is the victim's IDVA and reads
 * the victim's case; their team reads it as team members; an IDVA with no tie to the victim sees only that the record
 * exists, and the IDVA service working with the victim. A referral page decides on the victim's REFERRAL record: a
 * staff-involved victim's referral is locked to an officer and open to a specialist.
 */
@SafeguardTest
class ReferralNeedToKnowTests {

    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    RecordAccess access;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theVictimsIdvaHasTheIdvaRelationshipAndReadsTheCaseTheirTeamToo_anUnrelatedIdvaDoesNot() {
        Victims.Victim victim = new Victims(calls, assessments, referrals).recorded();
        long idvaService = directory.agencyByCode("IDVA_SERVICE").orElseThrow().id();
        long team = directory.createTeam(new NewTeam(idvaService, "IDVA team " + UUID.randomUUID(), null)).id();
        String idva = idvaAccount(idvaService, team);
        String colleague = idvaAccount(idvaService, team);
        String unrelated = idvaAccount(idvaService, null);
        jdbc.sql("INSERT INTO referral.referral (victim_id, victim_name, service_id, service_name, service_kind, reason, "
                        + "source, source_key, status, consent, made_at, made_by, made_by_agency, due_by, decided_at, "
                        + "decided_by, assigned_to) VALUES (?, ?, ?, 'Demo IDVA service', 'IDVA', 'High risk', 'MANUAL', ?, "
                        + "'ACCEPTED', 'GIVEN', now(), 'officer', 'POLICE', now(), now(), ?, ?)")
                .params(victim.id(), victim.name(), idvaServiceId(), "test:" + UUID.randomUUID(), idva, idva).update();

        AccessDecision theirs = calls.as(idva, () -> access.decide(RecordType.CASE, victim.id()));
        AccessDecision teams = calls.as(colleague, () -> access.decide(RecordType.CASE, victim.id()));
        AccessDecision stranger = calls.as(unrelated, () -> access.decide(RecordType.CASE, victim.id()));

        assertThat(theirs.relationships()).contains(Relationship.IDVA);
        assertThat(theirs.locked()).isFalse();
        assertThat(teams.relationships()).contains(Relationship.TEAM_MEMBER).doesNotContain(Relationship.IDVA);
        assertThat(teams.locked()).isFalse();
        assertThat(stranger.relationships()).doesNotContain(Relationship.IDVA, Relationship.TEAM_MEMBER);
        assertThat(stranger.locked()).isTrue();
        assertThat(stranger.workingWith()).extracting(WorkingAgency::role, WorkingAgency::username)
                .contains(tuple("IDVA", idva));
    }

    @Test
    void aStaffInvolvedVictimsReferralIsLockedToAnOfficerAndOpenToASpecialist() {
        Victims victims = new Victims(calls, assessments, referrals);
        Victims.Victim victim = victims.recorded();
        victims.assessed(victim, 4, Map.of());
        Referral referral = victims.referralsOnce(victim, 1).get(0);
        calls.as("professional.standards", () -> access.restrict(victim.id(), Restriction.STAFF_INVOLVED,
                "Police staff, control room", List.of()));

        assertThatThrownBy(() -> calls.as("officer", () -> referrals.get(referral.id()))).isInstanceOf(RecordLocked.class);
        assertThat(calls.as("specialist", () -> referrals.get(referral.id())).victimName()).isEqualTo(victim.name());
    }

    private String idvaAccount(long agencyId, Long teamId) {
        String username = "t.idva." + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test IDVA", null, agencyId, teamId,
                Set.of(Role.IDVA.name()), Staff.PASSWORD)).username();
    }

    private long idvaServiceId() {
        return jdbc.sql("SELECT id FROM directory.partner_service WHERE kind = 'IDVA' ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }
}
