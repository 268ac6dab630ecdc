package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issue 9, the police response as the dashboard needs it: attendance recorded by an officer tells the listeners
 * whether officers arrived within the grade's response target; attendances and crime outcomes loaded in bulk are
 * stored without events, and an outcome naming an offence not recorded on its incident refuses the whole load.
 */
@SafeguardTest
@RecordApplicationEvents
class ResponseRecordingTests {

    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void attendanceTellsTheListenersWhetherOfficersArrivedWithinThePriorityGradesHour() {
        Instant received = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        long onTime = priorityIncident(received);
        long late = priorityIncident(received);
        calls.as("officer", () -> incidents.recordAttendance(onTime, attendance(received.plus(Duration.ofMinutes(50)))));
        calls.as("officer", () -> incidents.recordAttendance(late, attendance(received.plus(Duration.ofMinutes(75)))));

        AttendanceRecorded first = events.stream(AttendanceRecorded.class).filter(e -> e.incidentId() == onTime)
                .findFirst().orElseThrow();
        assertThat(first.withinTarget()).isTrue();
        assertThat(first.grade()).isEqualTo(Grade.PRIORITY);
        assertThat(first.domesticAbuse()).isTrue();
        assertThat(first.receivedAt()).isEqualTo(received);
        assertThat(first.arrivedAt()).isEqualTo(received.plus(Duration.ofMinutes(50)));
        assertThat(first.officersAttending()).isEqualTo(2);
        assertThat(first.bodyWornVideo()).isTrue();
        assertThat(first.arrest()).isTrue();
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.incidentId() == late))
                .singleElement().satisfies(e -> assertThat(e.withinTarget()).isFalse());
    }

    @Test
    void importedAttendancesAndOutcomesAreStoredAndAnOutcomeForAnOffenceNotOnTheIncidentRefusesTheLoad() {
        Instant received = Instant.now().minus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        long first = priorityIncident(received);
        long second = priorityIncident(received);
        calls.as("officer", () -> incidents.recordOffence(first, OffenceGroup.COMMON_ASSAULT));
        calls.as("officer", () -> incidents.recordOffence(second, OffenceGroup.HARASSMENT));
        Instant decided = received.plus(Duration.ofDays(30));
        Attendance arrived = new Attendance(received.plus(Duration.ofMinutes(40)), 2, true, true, true, false, true,
                true, null, "officer");

        assertThatThrownBy(() -> imports.importResponses(List.of(
                new ImportedResponse(first, arrived, received.plus(Duration.ofHours(2)), List.of()),
                new ImportedResponse(second, null, null, List.of(new ImportedResponse.Outcome(OffenceGroup.STALKING,
                        CrimeOutcome.ADULT_CAUTION, decided, "officer"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not recorded on their incident");
        assertThat(attendances(first)).as("nothing of the refused load is kept").isZero();

        IncidentImport.Imported loaded = imports.importResponses(List.of(
                new ImportedResponse(first, arrived, received.plus(Duration.ofHours(2)), List.of(
                        new ImportedResponse.Outcome(OffenceGroup.COMMON_ASSAULT, CrimeOutcome.CHARGE_OR_SUMMONS, decided,
                                "officer"))),
                new ImportedResponse(second, null, null, List.of(new ImportedResponse.Outcome(OffenceGroup.HARASSMENT,
                        CrimeOutcome.EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT, decided, "supervisor")))));
        assertThat(loaded).isEqualTo(new IncidentImport.Imported(1, 2));
        assertThat(attendances(first)).isEqualTo(1);
        assertThat(calls.as("officer", () -> incidents.recordedOffences(first))).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(CrimeOutcome.CHARGE_OR_SUMMONS);
            assertThat(o.outcomeRecordedAt()).isEqualTo(decided);
        });
        assertThat(calls.as("officer", () -> incidents.recordedOffences(second))).singleElement()
                .satisfies(o -> assertThat(o.outcomeRecordedBy()).isEqualTo("supervisor"));
        assertThat(events.stream(CrimeOutcomeRecorded.class).filter(e -> e.incidentId() == first || e.incidentId() == second))
                .as("a bulk load publishes no events: the dashboard rebuilds after it").isEmpty();
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.incidentId() == first)).isEmpty();
    }

    private long priorityIncident(Instant received) {
        String family = Calls.unusedFamilyName();
        return calls.record("call.handler", Calls.domesticAbuse(received, null, "11 Kiln Lane", Calls.unusedPostcode(),
                Calls.victim("Hana", family, LocalDate.of(1993, 5, 20)), Calls.suspect("Ivo", family,
                        LocalDate.of(1990, 1, 11)), "PRIORITY")).incident().id();
    }

    private static NewAttendance attendance(Instant arrivedAt) {
        return new NewAttendance(arrivedAt, 2, true, true, true, false, true, true, null);
    }

    private int attendances(long incidentId) {
        return jdbc.sql("SELECT count(*) FROM intake.attendance WHERE incident_id = :id").param("id", incidentId)
                .query(Integer.class).single();
    }
}
