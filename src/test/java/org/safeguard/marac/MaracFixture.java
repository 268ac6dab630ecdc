package org.safeguard.marac;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARACs for this module's tests, made by inserting rows while the agenda's own listing is built elsewhere: an area
 * with its coordinator, chair, core agencies and representatives, a scheduled meeting, a victim with an open case
 * (a real domestic abuse incident), the victim's case listed at the meeting, and an accepted IDVA referral.
 */
@Component
class MaracFixture {

    static final List<String> CORE = List.of("POLICE", "CHILDRENS_SERVICES", "HEALTH", "HOUSING", "IDVA_SERVICE");

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Calls calls;
    private final Cases cases;

    MaracFixture(JdbcClient jdbc, StaffDirectory directory, Calls calls, Cases cases) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calls = calls;
        this.cases = cases;
    }

    /** A victim of a new domestic abuse incident, with the case safeguarding opened for them. */
    record Victim(long personId, String name, VictimCase victimCase) {
        String spoc() {
            return victimCase.spoc().username();
        }
    }

    /** An area's MARAC with its people and a meeting in a week, and one victim's case listed at it. */
    record Listed(long areaId, long meetingId, long caseId, Victim victim, String coordinator, String chair) {
    }

    /** A fresh account of the agency (a code) with the role, its username unique to this call. */
    StaffAccount account(Role role, String agencyCode) {
        var agency = directory.agencyByCode(agencyCode).orElseThrow();
        String username = "t." + agencyCode.toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test " + role.label(), null, agency.id(), null,
                Set.of(role.name()), Staff.PASSWORD));
    }

    Victim victim() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(3)), null,
                "4 Marac Row", Calls.unusedPostcode(), Calls.victim("Lena", family, LocalDate.of(1991, 5, 14)),
                Calls.suspect("Dale", family, LocalDate.of(1989, 1, 3)), "PRIORITY"));
        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        VictimCase opened = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimId)));
        return new Victim(victimId, "Lena " + family, opened);
    }

    long area(String coordinator, String chair, List<String> coreAgencies) {
        return jdbc.sql("INSERT INTO marac.area (name, covers, week_of_month, day_of_week, starts_at, capacity, chair, "
                        + "coordinator, core_agencies) VALUES (?, ?, 2, 2, '10:00', 20, ?, ?, ?) RETURNING id")
                .params("Test MARAC " + UUID.randomUUID().toString().substring(0, 8), new String[] {"Fixturetown " + UUID.randomUUID()}, chair,
                        coordinator, coreAgencies.toArray(String[]::new))
                .query(Long.class).single();
    }

    void representative(long areaId, StaffAccount account, String agencyCode) {
        jdbc.sql("INSERT INTO marac.representative (area_id, username, agency_code) VALUES (?, ?, ?)")
                .params(areaId, account.username(), agencyCode).update();
    }

    long meeting(long areaId, Instant heldAt) {
        return jdbc.sql("INSERT INTO marac.meeting (area_id, held_at, capacity) VALUES (?, ?, 20) RETURNING id")
                .params(areaId, Timestamp.from(heldAt)).query(Long.class).single();
    }

    /** The victim's case at MARAC: listed at the meeting, or waiting (meeting null). */
    long maracCase(long areaId, Long meetingId, Victim victim) {
        return jdbc.sql("INSERT INTO marac.marac_case (area_id, meeting_id, victim_id, victim_name, referred_at, "
                        + "referring_agency, risk_level, status, created_at) VALUES (?, ?, ?, ?, now(), 'POLICE', 'HIGH', ?, now()) "
                        + "RETURNING id")
                .params(areaId, meetingId, victim.personId(), victim.name(), meetingId == null ? "WAITING" : "LISTED")
                .query(Long.class).single();
    }

    /** A new area (coordinator and chair fresh), a meeting a week away, and a new victim's case listed at it. */
    Listed listed() {
        String coordinator = account(Role.MARAC_COORDINATOR, "POLICE").username();
        String chair = account(Role.SUPERVISOR, "POLICE").username();
        long areaId = area(coordinator, chair, CORE);
        long meetingId = meeting(areaId, Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        Victim victim = victim();
        return new Listed(areaId, meetingId, maracCase(areaId, meetingId, victim), victim, coordinator, chair);
    }

    /** The victim's IDVA: an accepted referral to the IDVA service, taken on by the worker. */
    void idva(Victim victim, String worker) {
        jdbc.sql("INSERT INTO referral.referral (victim_id, victim_name, service_id, service_name, service_kind, reason, source, "
                        + "source_key, status, consent, made_at, made_by, made_by_agency, due_by, decided_at, decided_by, assigned_to) "
                        + "VALUES (?, ?, 0, 'Test IDVA service', 'IDVA', 'High risk', 'MANUAL', ?, 'ACCEPTED', 'GIVEN', now(), 'officer', 'POLICE', "
                        + "now(), now(), ?, ?)")
                .params(victim.personId(), victim.name(), "test:" + UUID.randomUUID(), worker, worker).update();
    }

    /** The victim's IDVA (a fresh account given the accepted referral) and SPOC: the case's readers from outside the circle. */
    List<String> victimsWorkers(Victim victim) {
        String idva = account(Role.IDVA, "IDVA_SERVICE").username();
        idva(victim, idva);
        return List.of(idva, victim.spoc());
    }

    long audited(String action, String subjectType, long subjectId, String username) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = ? AND subject_type = ? AND subject_id = ? "
                        + "AND username = ?")
                .params(action, subjectType, Long.toString(subjectId), username).query(Long.class).single();
    }

    Optional<String> caseStatus(long caseId) {
        return jdbc.sql("SELECT status FROM marac.marac_case WHERE id = ?").param(caseId).query(String.class).optional();
    }
}
