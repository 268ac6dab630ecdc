package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.Attendance;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.Grade;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.ImportedResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, generator: the police response to generated incidents — attendance against the grade's target, two
 * officers, body-worn video, arrests at about the force's 76 per 100 domestic abuse crimes (HMIC), and crime outcomes
 * in a mix close to the force's (28% charge or summons, 20% caution) — the same every time for a seed.
 */
class ResponseHistoriesTests {

    private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
    private static final Map<Grade, Duration> TARGETS = new EnumMap<>(Map.of(Grade.IMMEDIATE, Duration.ofMinutes(15),
            Grade.PRIORITY, Duration.ofHours(1), Grade.SCHEDULED, Duration.ofHours(48)));

    private static final List<ImportedIncident> incidents = new IncidentStories(9, AS_OF)
            .write(new Population(9).nextBatch(3_000, 3_000), 5_000).incidents();
    private static final List<ImportedResponse> responses = new ResponseHistories(9, AS_OF, TARGETS, "officer")
            .write(incidents);
    private static final Map<Long, ImportedResponse> byIncident = responses.stream()
            .collect(Collectors.toMap(ImportedResponse::incidentId, r -> r));

    @Test
    void theSameSeedGivesTheSameResponsesAndAnotherSeedOthers() {
        assertThat(new ResponseHistories(9, AS_OF, TARGETS, "officer").write(incidents)).isEqualTo(responses);
        assertThat(new ResponseHistories(10, AS_OF, TARGETS, "officer").write(incidents)).isNotEqualTo(responses);
    }

    @Test
    void everyDeployedIncidentOlderThanADayIsAttendedAfterTheCallAndBeforeItWasClosed() {
        long attended = 0;
        long deployedAndOld = 0;
        for (int n = 0; n < incidents.size(); n++) {
            ImportedIncident incident = incidents.get(n);
            boolean old = incident.receivedAt().isBefore(AS_OF.minus(Duration.ofDays(1)));
            Attendance attendance = attendanceOf(n);
            if (incident.grade() == Grade.RESOLVED_WITHOUT_DEPLOYMENT || !old) {
                assertThat(attendance).as("nobody sent, or too recent").isNull();
                continue;
            }
            deployedAndOld++;
            if (attendance != null) {
                attended++;
                assertThat(attendance.arrivedAt()).isAfter(incident.receivedAt()).isBeforeOrEqualTo(AS_OF);
                if (incident.closedAt() != null) {
                    assertThat(attendance.arrivedAt()).isBeforeOrEqualTo(incident.closedAt());
                }
            }
        }
        assertThat((double) attended / deployedAndOld).as("all but the few still on their way at as-of").isGreaterThan(0.98);
    }

    @Test
    void mostArriveWithinTheGradesTargetWithATailBeyondIt() {
        for (Grade grade : List.of(Grade.IMMEDIATE, Grade.PRIORITY, Grade.SCHEDULED)) {
            List<Duration> waits = IntStream.range(0, incidents.size())
                    .filter(n -> incidents.get(n).grade() == grade && attendanceOf(n) != null)
                    .mapToObj(n -> Duration.between(incidents.get(n).receivedAt(), attendanceOf(n).arrivedAt())).toList();
            assertThat(waits).as(grade.name()).hasSizeGreaterThan(200);
            double within = waits.stream().filter(w -> w.compareTo(TARGETS.get(grade)) <= 0).count() / (double) waits.size();
            assertThat(within).as("%s within target", grade).isBetween(0.7, 0.95);
            assertThat(waits).as("%s some far beyond the target", grade)
                    .anyMatch(w -> w.compareTo(TARGETS.get(grade).multipliedBy(2)) > 0);
        }
    }

    @Test
    void mostlyTwoOfficersAndBodyWornVideoOnAbout85Percent() {
        List<Attendance> all = responses.stream().map(ImportedResponse::attendance).filter(a -> a != null).toList();
        assertThat(share(all, a -> a.officersAttending() >= 2)).isBetween(0.7, 0.95);
        assertThat(share(all, Attendance::bodyWornVideo)).isBetween(0.82, 0.88);
    }

    @Test
    void about76ArrestsPer100DomesticAbuseCrimesMostWhereAnOffenceWasDisclosed() {
        long daCrimes = incidents.stream().filter(ImportedIncident::domesticAbuse)
                .mapToLong(i -> new HashSet<>(i.offences()).size()).sum();
        long arrests = 0;
        long arrestsForAnOffence = 0;
        for (int n = 0; n < incidents.size(); n++) {
            ImportedIncident incident = incidents.get(n);
            Attendance attendance = attendanceOf(n);
            if (attendance == null) {
                continue;
            }
            boolean offence = incident.domesticAbuse() && !incident.offences().isEmpty();
            assertThat(attendance.offenceDisclosed()).isEqualTo(offence);
            if (attendance.arrest()) {
                assertThat(incident.domesticAbuse()).as("arrests are at domestic abuse incidents").isTrue();
                arrests++;
                arrestsForAnOffence += offence ? 1 : 0;
            } else if (offence) {
                assertThat(attendance.noArrestReason()).as("no arrest is explained").isNotBlank();
            }
        }
        assertThat(daCrimes).isGreaterThan(1_000);
        assertThat(100.0 * arrests / daCrimes).isBetween(72.0, 80.0);
        assertThat((double) arrestsForAnOffence / arrests).as("most arrests follow an offence disclosed").isGreaterThan(0.7);
    }

    @Test
    void outcomesForOffencesOlderThan60DaysInAMixCloseToTheForces() {
        Instant investigated = AS_OF.minus(Duration.ofDays(60));
        long offencesOld = 0;
        for (int n = 0; n < incidents.size(); n++) {
            ImportedIncident incident = incidents.get(n);
            List<ImportedResponse.Outcome> outcomes = outcomesOf(n);
            if (incident.receivedAt().isBefore(investigated)) {
                offencesOld += new HashSet<>(incident.offences()).size();
                assertThat(outcomes.stream().map(ImportedResponse.Outcome::offence).toList())
                        .containsExactlyInAnyOrderElementsOf(new HashSet<>(incident.offences()));
                assertThat(outcomes).allSatisfy(o -> assertThat(o.recordedAt()).isAfter(incident.receivedAt())
                        .isBefore(AS_OF));
            } else {
                assertThat(outcomes).as("still under investigation").isEmpty();
            }
        }
        List<CrimeOutcome> all = responses.stream().flatMap(r -> r.outcomes().stream())
                .map(ImportedResponse.Outcome::outcome).toList();
        assertThat(all).hasSize((int) offencesOld).hasSizeGreaterThan(1_000);
        assertThat(share(all, o -> o.group() == CrimeOutcome.Group.CHARGE_SUMMONS)).isBetween(0.25, 0.31);
        assertThat(share(all, o -> o.group() == CrimeOutcome.Group.CAUTION)).isBetween(0.17, 0.23);
        assertThat(share(all, o -> o.group() == CrimeOutcome.Group.COMMUNITY_RESOLUTION
                || o.group() == CrimeOutcome.Group.OTHER_OUT_OF_COURT)).isBetween(0.0, 0.025);
        assertThat(share(all, o -> o.group() == CrimeOutcome.Group.EVIDENTIAL_VICTIM_NOT_SUPPORTING
                || o.group() == CrimeOutcome.Group.EVIDENTIAL_VICTIM_SUPPORTING)).isBetween(0.40, 0.52);
        assertThat(share(all, o -> o == CrimeOutcome.NO_SUSPECT_IDENTIFIED)).isBetween(0.0, 0.05);
    }

    private static Attendance attendanceOf(int n) {
        ImportedResponse response = byIncident.get((long) n);
        return response == null ? null : response.attendance();
    }

    private static List<ImportedResponse.Outcome> outcomesOf(int n) {
        ImportedResponse response = byIncident.get((long) n);
        return response == null ? List.of() : response.outcomes();
    }

    private static <T> double share(List<T> all, Predicate<T> which) {
        return all.stream().filter(which).count() / (double) all.size();
    }
}
