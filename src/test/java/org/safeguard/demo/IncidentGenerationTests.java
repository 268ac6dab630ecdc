package org.safeguard.demo;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.access.ActingAs;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.rules.RepeatVictimRule;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, generator: incidents whose parties, phones and addresses recur as they do in life, written
 * into the real PostgreSQL through the identity and intake APIs. One run of 2,000 people and 4,000
 * incidents, shared by every test here.
 */
@SafeguardTest
class IncidentGenerationTests {

    private static final long SEED = 3_000_331;
    private static final Instant AS_OF = Instant.parse("2025-11-01T00:00:00Z");
    /** This run's incidents: those with a party among this seed's people. */
    private static final String RUN = "SELECT DISTINCT p.incident_id FROM intake.party p JOIN demo.person_truth t "
            + "ON t.person_id = p.person_id WHERE t.real_person_key LIKE :keys";
    private static GenerationReport report;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentHistory history;
    @Autowired
    ActingAs actingAs;

    @BeforeEach
    void generateOnce() {
        if (report == null) {
            report = syntheticData.generate(2_000, 4_000, SEED, AS_OF, ConsoleProgress.silent());
        }
    }

    @Test
    void theRunWritesExactlyTheIncidentsAskedFor() {
        assertThat(report.incidents()).isEqualTo(4_000);
        assertThat(count("SELECT count(*) FROM (" + RUN + ") r")).isEqualTo(4_000);
    }

    @Test
    void repeatVictimsAreFlaggedAndSomeForSpecialistReview() {
        assertThat(count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND repeat_victim")).isGreaterThan(500);
        assertThat(count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND specialist_review")).isGreaterThan(50);
        assertThat(count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND NOT domestic_abuse")).isGreaterThan(400);
    }

    @Test
    void theFlagsAgreeWithTheForcesDefaultRepeatVictimRule() throws SQLException {
        RepeatVictimRule rule = new RepeatVictimRule(Period.ofMonths(12), 1, Duration.ofDays(28), 3);
        record Row(Instant at, boolean domestic, boolean repeat, boolean review, long[] victims) {
        }
        List<Row> rows = jdbc.sql("SELECT i.received_at, i.domestic_abuse, i.repeat_victim, i.specialist_review, "
                        + "array(SELECT v.person_id FROM intake.party v WHERE v.incident_id = i.id AND v.role = 'VICTIM') "
                        + "FROM intake.incident i WHERE i.id IN (" + RUN + ")")
                .param("keys", keys())
                .query((rs, n) -> new Row(rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        longs(rs.getArray(5))))
                .list();
        Map<Long, List<Instant>> victimTimes = new HashMap<>();
        rows.stream().filter(Row::domestic).forEach(row -> Arrays.stream(row.victims())
                .forEach(v -> victimTimes.computeIfAbsent(v, k -> new ArrayList<>()).add(row.at())));
        for (Row row : rows) {
            boolean repeat = false;
            boolean review = false;
            if (row.domestic()) {
                for (long victim : row.victims()) {
                    RepeatVictimRule.Status status = rule.apply(row.at(), victimTimes.get(victim));
                    repeat |= status.repeatVictim();
                    review |= status.specialistReview();
                }
            }
            assertThat(row.repeat()).as("repeat victim at " + row.at()).isEqualTo(repeat);
            assertThat(row.review()).as("specialist review at " + row.at()).isEqualTo(review);
        }
    }

    @Test
    void serialPerpetratorsHaveAbusedSeveralPartnersAndCarryWarningMarkers() {
        List<Long> serial = jdbc.sql("SELECT s.person_id FROM intake.party s JOIN intake.party v ON v.incident_id = s.incident_id "
                        + "AND v.role = 'VICTIM' JOIN intake.incident i ON i.id = s.incident_id "
                        + "WHERE s.role = 'SUSPECT' AND i.domestic_abuse AND i.relationship IN ('CURRENT_PARTNER', 'FORMER_PARTNER') "
                        + "AND s.incident_id IN (" + RUN + ") GROUP BY s.person_id HAVING count(DISTINCT v.person_id) >= 2")
                .param("keys", keys()).query(Long.class).list();
        assertThat(serial).hasSizeGreaterThan(10);
        assertThat(count("SELECT count(DISTINCT person_id) FROM identity.warning_marker WHERE person_id = ANY(:ids)",
                serial.stream().mapToLong(Long::longValue).toArray())).isGreaterThan(serial.size() / 3);
    }

    @Test
    void mostDomesticAbuseIncidentsRecordAnOffenceFollowingWhatHappenedAndOthersNone() {
        long domestic = count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND domestic_abuse "
                + "AND EXISTS (SELECT 1 FROM intake.party s WHERE s.incident_id = incident.id AND s.role = 'SUSPECT')");
        long withOffence = count("SELECT count(DISTINCT o.incident_id) FROM intake.offence o WHERE o.incident_id IN (" + RUN + ")");
        assertThat(withOffence).as("a crime recorded at most DA incidents, not all").isBetween(domestic / 2, domestic * 9 / 10);
        assertThat(count("SELECT count(*) FROM intake.offence o JOIN intake.incident i ON i.id = o.incident_id "
                + "WHERE i.id IN (" + RUN + ") AND NOT i.domestic_abuse")).as("none on other incidents").isZero();
        assertThat(count("SELECT count(*) FROM intake.offence o JOIN intake.incident i ON i.id = o.incident_id "
                + "WHERE i.id IN (" + RUN + ") AND o.offence_group IN ('ASSAULT_WITH_INJURY', 'SERIOUS_WOUNDING') AND NOT i.injury"))
                .as("an injury offence only where there was an injury").isZero();
    }

    @Test
    void childrenAreRecordedAtTheAddressTheyLiveAt() {
        assertThat(count("SELECT count(*) FROM intake.party c JOIN intake.incident i ON i.id = c.incident_id "
                + "JOIN identity.person_address a ON a.person_id = c.person_id AND a.address_id = i.address_id "
                + "WHERE c.role = 'CHILD' AND c.date_of_birth > (i.received_at - interval '18 years')::date "
                + "AND i.children_living > 0 AND i.child_ages IS NOT NULL AND i.id IN (" + RUN + ")")).isGreaterThan(100);
    }

    @Test
    void neighboursInOneBuildingHaveIncidentsAtTheirOwnFlats() {
        assertThat(count("SELECT count(*) FROM (SELECT a.postcode, a.building_key FROM intake.incident i "
                + "JOIN identity.address a ON a.id = i.address_id WHERE i.id IN (" + RUN + ") AND a.normalised <> a.building_key "
                + "GROUP BY a.postcode, a.building_key HAVING count(DISTINCT a.id) >= 2) buildings")).isGreaterThan(10);
    }

    @Test
    void somePeopleHaveIncidentsAtMoreThanOneAddress() {
        assertThat(count("SELECT count(*) FROM (SELECT p.person_id FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                + "WHERE p.role IN ('VICTIM', 'SUSPECT') AND i.id IN (" + RUN + ") "
                + "GROUP BY p.person_id HAVING count(DISTINCT i.address_id) >= 2) movers")).isGreaterThan(50);
    }

    @Test
    void olderIncidentsAreMostlyClosedAndRecentOnesMostlyOpen() {
        long old = count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND received_at < :cutoff",
                AS_OF.minus(Duration.ofDays(30)));
        long oldClosed = count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND received_at < :cutoff "
                + "AND status = 'CLOSED' AND closed_at BETWEEN received_at AND :asOf AND closed_by IS NOT NULL",
                AS_OF.minus(Duration.ofDays(30)));
        assertThat(oldClosed).isGreaterThan(old * 9 / 10);
        assertThat(count("SELECT count(*) FROM intake.incident WHERE id IN (" + RUN + ") AND received_at >= :cutoff "
                + "AND status = 'OPEN' AND closed_at IS NULL", AS_OF.minus(Duration.ofDays(14)))).isGreaterThan(5);
    }

    @Test
    void theHistoryLookupFindsAVictimsEarlierIncidentsByTheirPhone() {
        String phone = jdbc.sql("SELECT i.caller_phone_typed FROM intake.incident i WHERE i.id IN (" + RUN + ") "
                        + "AND i.repeat_victim AND i.caller_phone IS NOT NULL ORDER BY i.id LIMIT 1")
                .param("keys", keys()).query(String.class).single();
        History found = actingAs.run("call.handler",
                () -> history.lookUp(new HistoryQuery(phone, null, null, null, null, null)));
        assertThat(found.incidents()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found.incidents()).anyMatch(incident -> incident.via().contains("phone"));
    }

    @Test
    void aSuspectsWarningMarkerShowsInTheHistoryOfTheAddress() {
        record Place(String line, String postcode) {
        }
        Place place = jdbc.sql("SELECT a.line1, a.line2, a.postcode FROM intake.incident i "
                        + "JOIN intake.party s ON s.incident_id = i.id AND s.role = 'SUSPECT' "
                        + "JOIN identity.warning_marker m ON m.person_id = s.person_id "
                        + "JOIN identity.address a ON a.id = i.address_id "
                        + "WHERE i.id IN (" + RUN + ") ORDER BY i.id LIMIT 1")
                .param("keys", keys())
                .query((rs, n) -> new Place(rs.getString(1) + (rs.getString(2) == null ? "" : ", " + rs.getString(2)),
                        rs.getString(3)))
                .single();
        History found = actingAs.run("call.handler",
                () -> history.lookUp(new HistoryQuery(null, place.line().toLowerCase(), place.postcode(), null, null, null)));
        assertThat(found.incidents()).anyMatch(incident -> incident.via().contains("address"));
        assertThat(found.markers()).isNotEmpty().allSatisfy(marker -> assertThat(marker).doesNotStartWith("Person "));
    }

    @Test
    void theRunStoresThePoliceResponseItReports() {
        assertThat(report.attendances()).isGreaterThan(2_000);
        assertThat(report.outcomes()).isGreaterThan(1_000);
        assertThat(count("SELECT count(*) FROM intake.attendance WHERE incident_id IN (" + RUN + ")"))
                .isEqualTo(report.attendances());
        assertThat(count("SELECT count(*) FROM intake.offence WHERE outcome IS NOT NULL AND incident_id IN (" + RUN + ")"))
                .isEqualTo(report.outcomes());
        assertThat(count("SELECT count(*) FROM intake.attendance a JOIN intake.incident i ON i.id = a.incident_id "
                + "WHERE i.id IN (" + RUN + ") AND (a.arrived_at < i.received_at OR i.grade = 'RESOLVED_WITHOUT_DEPLOYMENT')"))
                .as("officers arrive after the call, and only where they were sent").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("keys", keys()).query(Long.class).single();
    }

    private long count(String sql, long[] ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }

    private long count(String sql, Instant cutoff) {
        return jdbc.sql(sql).param("keys", keys()).param("cutoff", java.sql.Timestamp.from(cutoff))
                .param("asOf", java.sql.Timestamp.from(AS_OF)).query(Long.class).single();
    }

    private static String keys() {
        return "S" + SEED + "-%";
    }

    private static long[] longs(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).mapToLong(Long::longValue).toArray();
    }
}
