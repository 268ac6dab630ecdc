package org.safeguard.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.population.CaseHistories;
import org.safeguard.demo.population.DashAnswers;
import org.safeguard.demo.population.IncidentStories;
import org.safeguard.demo.population.Population;
import org.safeguard.platform.ConsoleProgress;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.safeguarding.CaseImport;
import org.safeguard.safeguarding.ImportedCase;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpecialistHours;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generator: a case for each victim of the generated domestic abuse incidents, with its SPOC history,
 * contacts and tasks, written through the safeguarding module's import into the real PostgreSQL. One run
 * of 2,000 people and 4,000 incidents (one batch), shared by every test here.
 */
@SafeguardTest
class CaseGenerationTests {

    private static final long SEED = 6_000_613;
    private static final Instant AS_OF = Instant.parse("2025-11-01T00:00:00Z");
    private static final String PEOPLE = "SELECT person_id FROM demo.person_truth WHERE real_person_key LIKE :keys";
    /** This run's incidents: those with a party among this seed's people. */
    private static final String RUN = "SELECT DISTINCT p.incident_id FROM intake.party p WHERE p.person_id IN (" + PEOPLE + ")";
    private static final String CASES = "SELECT * FROM safeguarding.victim_case WHERE victim_id IN (" + PEOPLE + ")";
    private static GenerationReport report;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    CaseImport caseImport;
    @Autowired
    SpecialistHours hours;
    @Autowired
    ContactWarning warning;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void generateOnce() {
        if (report == null) {
            report = syntheticData.generate(2_000, 4_000, SEED, AS_OF, ConsoleProgress.silent());
        }
    }

    @Test
    void everyVictimOfDomesticAbuseHasExactlyOneCaseOpenOrClosed() {
        String victims = "SELECT DISTINCT p.person_id FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                + "WHERE i.domestic_abuse AND p.role = 'VICTIM' AND i.id IN (" + RUN + ")";
        long victimCount = count("SELECT count(*) FROM (" + victims + ") v");
        assertThat(report.cases()).isEqualTo(victimCount).isGreaterThan(300);
        assertThat(count("SELECT count(*) FROM (" + CASES + ") c")).isEqualTo(victimCount);
        assertThat(count("SELECT count(*) FROM (" + victims + ") v WHERE (SELECT count(*) FROM safeguarding.victim_case c "
                + "WHERE c.victim_id = v.person_id) <> 1")).isZero();
        assertThat(count("SELECT count(*) FROM (SELECT victim_id FROM safeguarding.victim_case WHERE status = 'OPEN' "
                + "GROUP BY victim_id HAVING count(*) > 1) twice")).as("no victim anywhere has two open cases").isZero();
        assertThat(count("SELECT count(*) FROM (" + CASES + ") c WHERE c.status = 'CLOSED'")).isPositive();
        assertThat(count("SELECT count(*) FROM (" + CASES + ") c WHERE c.status = 'CLOSED' AND (c.closed_at IS NULL "
                + "OR c.closed_reason NOT LIKE 'No further incidents in 12 months%' OR (SELECT max(ci.received_at) FROM "
                + "safeguarding.case_incident ci WHERE ci.case_id = c.id) >= CAST(:asOf AS timestamptz) - interval '12 months')"))
                .isZero();
        // Each case holds exactly the victim's domestic abuse incidents.
        assertThat(count("SELECT count(*) FROM (" + victims + ") v JOIN intake.party p ON p.person_id = v.person_id "
                + "AND p.role = 'VICTIM' JOIN intake.incident i ON i.id = p.incident_id AND i.domestic_abuse "
                + "WHERE NOT EXISTS (SELECT 1 FROM safeguarding.case_incident ci JOIN safeguarding.victim_case c "
                + "ON c.id = ci.case_id WHERE ci.incident_id = i.id AND c.victim_id = v.person_id)")).isZero();
    }

    @Test
    void everyCaseHasASpocAndItsHistoryIsOneUnbrokenChain() {
        assertThat(count("SELECT count(*) FROM (" + CASES + ") c WHERE trim(c.spoc_username) = ''")).isZero();
        Map<Long, List<Map<String, Object>>> chains = new HashMap<>();
        jdbc.sql("SELECT s.case_id, s.from_username, s.to_username, c.spoc_username FROM safeguarding.spoc_change s "
                        + "JOIN (" + CASES + ") c ON c.id = s.case_id ORDER BY s.case_id, s.changed_at, s.id")
                .param("keys", keys()).query().listOfRows()
                .forEach(row -> chains.computeIfAbsent(((Number) row.get("case_id")).longValue(), k -> new ArrayList<>()).add(row));
        assertThat(chains).hasSize((int) report.cases());
        chains.forEach((caseId, chain) -> {
            assertThat(chain.get(0).get("from_username")).as("case %d is allocated first", caseId).isNull();
            for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i).get("from_username")).as("case %d, change %d hands over from the SPOC before it",
                        caseId, i).isEqualTo(chain.get(i - 1).get("to_username"));
            }
            Map<String, Object> last = chain.get(chain.size() - 1);
            assertThat(last.get("to_username")).as("case %d's SPOC is the last change's", caseId).isEqualTo(last.get("spoc_username"));
        });
        assertThat(count("SELECT count(*) FROM safeguarding.spoc_change s JOIN (" + CASES + ") c ON c.id = s.case_id "
                + "WHERE NOT s.automatic")).as("changes made by hand").isPositive();
    }

    @Test
    void highRiskAssessedOutOfHoursStartsWithTheOnCallSupervisorAndIsHandedOverByItself() {
        Map<Long, List<Map<String, Object>>> chains = new TreeMap<>();
        jdbc.sql("SELECT s.case_id, s.to_username, s.changed_at, s.reason, s.automatic, c.awaiting_handover "
                        + "FROM safeguarding.spoc_change s JOIN (" + CASES + ") c ON c.id = s.case_id "
                        + "ORDER BY s.case_id, s.changed_at, s.id")
                .param("keys", keys()).query().listOfRows()
                .forEach(row -> chains.computeIfAbsent(((Number) row.get("case_id")).longValue(), k -> new ArrayList<>()).add(row));
        int handedOver = 0;
        for (List<Map<String, Object>> chain : chains.values()) {
            for (int i = 0; i < chain.size(); i++) {
                Map<String, Object> change = chain.get(i);
                if (!((String) change.get("reason")).startsWith("High risk out of hours")) {
                    continue;
                }
                Instant held = ((Timestamp) change.get("changed_at")).toInstant();
                assertThat(hours.onDuty(held)).isFalse();
                assertThat(change.get("to_username")).isEqualTo("supervisor");
                Instant back = hours.nextStart(held);
                if (i + 1 < chain.size()) {
                    Map<String, Object> next = chain.get(i + 1);
                    if (Boolean.TRUE.equals(next.get("automatic"))) {
                        assertThat(next.get("to_username")).isEqualTo("specialist");
                        assertThat((String) next.get("reason")).contains("back on duty");
                        assertThat(((Timestamp) next.get("changed_at")).toInstant()).isBetween(back, back.plus(Duration.ofMinutes(5)));
                        handedOver++;
                    }
                } else {
                    assertThat(back).as("still held only when the team was not back by 'as of'").isAfter(AS_OF.minus(Duration.ofMinutes(5)));
                    assertThat(change.get("awaiting_handover")).isEqualTo(true);
                }
            }
        }
        assertThat(handedOver).isPositive();
        // And every high-risk victim first assessed out of hours was held by the supervisor at the time.
        assertThat(count("SELECT count(*) FROM (" + CASES + ") c WHERE c.awaiting_handover AND c.spoc_username <> 'supervisor'"))
                .isZero();
    }

    @Test
    void someCasesShowTheContactWarningAndEveryContactNamesWhoAndWhy() {
        Map<Long, List<ContactWarning.Contact>> contacts = new HashMap<>();
        jdbc.sql("SELECT k.case_id, k.made_by, k.contacted_at FROM safeguarding.contact k JOIN (" + CASES + ") c "
                        + "ON c.id = k.case_id").param("keys", keys())
                .query((rs, n) -> contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ContactWarning.Contact(rs.getString(2), rs.getTimestamp(3).toInstant()))).list();
        long crowded = contacts.values().stream()
                .filter(seen -> seen.stream().anyMatch(c -> warning.check(seen, c.at()).isPresent())).count();
        long warnedAsOf = contacts.values().stream().filter(seen -> warning.check(seen, AS_OF).isPresent()).count();
        assertThat(crowded).as("cases where more than 2 people called in 7 days").isPositive()
                .isLessThan(report.cases() / 8);
        assertThat(warnedAsOf).as("cases that warn as of the run's moment").isPositive();
        assertThat(count("SELECT count(DISTINCT k.owning_agency) FROM safeguarding.contact k JOIN (" + CASES + ") c "
                + "ON c.id = k.case_id")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM safeguarding.contact k JOIN (" + CASES + ") c ON c.id = k.case_id "
                + "WHERE k.contacted_at > :asOf OR k.contacted_at < c.opened_at OR trim(k.purpose) = '' "
                + "OR trim(k.outcome) = ''")).isZero();
    }

    @Test
    void tasksHaveOwnersAndSomeOpenOnesAreOverdue() {
        String tasks = "SELECT t.* FROM safeguarding.task t JOIN (" + CASES + ") c ON c.id = t.case_id";
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t WHERE t.kind = 'FIRST_CONTACT'")).isPositive();
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t WHERE t.kind = 'VICTIMS_CODE_UPDATE'")).isPositive();
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t WHERE t.status = 'OPEN' AND t.due_at < :asOf"))
                .as("overdue as of the run's moment").isPositive();
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t JOIN safeguarding.victim_case c ON c.id = t.case_id "
                + "WHERE t.status = 'OPEN' AND (c.status = 'CLOSED' OR t.owner <> c.spoc_username)"))
                .as("open tasks belong to the SPOC of an open case").isZero();
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t WHERE t.status = 'DONE' AND (t.done_at < t.created_at "
                + "OR t.done_at > :asOf OR trim(t.outcome) = '')")).isZero();
        // First contact with a high-risk victim is due 1 working day after the assessment: never sooner than a day.
        assertThat(count("SELECT count(*) FROM (" + tasks + ") t WHERE t.kind = 'FIRST_CONTACT' "
                + "AND t.due_at < t.created_at + interval '1 day'")).isZero();
    }

    @Test
    void theStoredCasesAreTheOnesTheSeedGives() {
        // The run again in memory: one batch of 2,000 people with 4,000 incidents, as generate makes it.
        Population.Batch batch = new Population(SEED).nextBatch(5_000, 2_000);
        IncidentStories.Written written = new IncidentStories(SEED, AS_OF).write(batch, 4_000);
        DashAnswers answers = syntheticData.answers(SEED, AS_OF);
        List<ImportedAssessment> assessed = answers.assess(written.incidents());
        List<ImportedCase> expected = syntheticData.histories(SEED, AS_OF, answers).write(batch, written, assessed);
        long[] incidentIds = ids(RUN + " ORDER BY 1");
        long[] personIds = ids(PEOPLE + " ORDER BY 1");
        Map<Long, String> generated = new HashMap<>();
        CaseHistories.withIds(expected, incidentIds, personIds).forEach(c -> generated.put(c.victimId(), inWords(c)));

        assertThat(stored()).hasSize(expected.size()).isEqualTo(generated);
    }

    @Test
    void aSecondOpenCaseForAVictimIsRefusedAndNothingIsWritten() {
        ImportedCase open = jdbc.sql(CASES + " AND status = 'OPEN' ORDER BY id LIMIT 1").param("keys", keys())
                .query((rs, n) -> new ImportedCase(rs.getLong("victim_id"), rs.getString("victim_name"), null,
                        AS_OF, null, null, List.of(), List.of(new ImportedCase.SpocEntry("officer", "Alex Rowan", null, null,
                        AS_OF, "system", "Again", "Again", true, false)), List.of(), List.of(), null, null, null, "POLICE"))
                .single();
        long before = count("SELECT count(*) FROM safeguarding.victim_case");

        assertThatThrownBy(() -> caseImport.importCases(List.of(open))).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("already has an open case");
        ImportedCase closedWithoutReason = new ImportedCase(open.victimId(), open.victimName(), null, AS_OF, null, null,
                List.of(), open.spocHistory(), List.of(), List.of(), AS_OF.plusSeconds(60), "officer", " ", "POLICE");
        assertThatThrownBy(() -> caseImport.importCases(List.of(closedWithoutReason))).isInstanceOf(InvalidRequest.class);
        assertThat(count("SELECT count(*) FROM safeguarding.victim_case")).isEqualTo(before);
    }

    /** The run's cases as stored, by victim, each in words. */
    private Map<Long, String> stored() {
        Map<Long, List<String>> parts = new HashMap<>();
        String caseOf = "(" + CASES + ") c";
        jdbc.sql("SELECT c.id, concat_ws(' | ', c.victim_id, c.victim_name, c.status, " + iso("c.opened_at") + ", "
                        + iso("c.closed_at") + ", c.closed_by, c.closed_reason, c.area, c.risk_level, "
                        + iso("c.risk_assessed_at") + ", c.spoc_username, c.spoc_name, c.spoc_team, c.spoc_contact, "
                        + iso("c.spoc_since") + ", c.awaiting_handover, c.owning_agency) FROM " + caseOf)
                .param("keys", keys()).query(rs -> {
                    parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(0, rs.getString(2));
                });
        add(parts, "SELECT s.case_id, string_agg(concat_ws(' ', s.from_username, s.to_username, s.to_name, s.changed_by, "
                + iso("s.changed_at") + ", s.reason, s.handover_note, s.automatic), '; ' ORDER BY s.id) "
                + "FROM safeguarding.spoc_change s JOIN " + caseOf + " ON c.id = s.case_id GROUP BY s.case_id");
        add(parts, "SELECT i.case_id, string_agg(i.incident_id || ' ' || " + iso("i.received_at") + ", '; ' "
                + "ORDER BY i.incident_id) FROM safeguarding.case_incident i JOIN " + caseOf + " ON c.id = i.case_id "
                + "GROUP BY i.case_id");
        add(parts, "SELECT k.case_id, string_agg(concat_ws(' ', k.made_by, k.made_by_name, k.agency, k.owning_agency, "
                + iso("k.contacted_at") + ", k.channel, k.purpose, k.outcome, " + iso("k.recorded_at") + "), '; ' "
                + "ORDER BY k.id) FROM safeguarding.contact k JOIN " + caseOf + " ON c.id = k.case_id GROUP BY k.case_id");
        add(parts, "SELECT t.case_id, string_agg(concat_ws(' ', t.kind, t.title, t.owner, t.owner_team, "
                + iso("t.created_at") + ", t.created_by, " + iso("t.due_at") + ", t.status, " + iso("t.done_at")
                + ", t.done_by, t.outcome), '; ' ORDER BY t.id) FROM safeguarding.task t JOIN " + caseOf
                + " ON c.id = t.case_id GROUP BY t.case_id");
        Map<Long, String> byVictim = new HashMap<>();
        parts.values().forEach(p -> byVictim.put(Long.parseLong(p.get(0).split(" \\| ")[0]), String.join("\n", p)));
        return byVictim;
    }

    private void add(Map<Long, List<String>> parts, String sql) {
        Map<Long, String> found = new HashMap<>();
        jdbc.sql(sql).param("keys", keys()).query((rs, n) -> found.put(rs.getLong(1), rs.getString(2))).list();
        parts.forEach((id, p) -> p.add(found.getOrDefault(id, "")));
    }

    /** A timestamp column as {@link Instant#toString()} writes a whole second, or null. */
    private static String iso(String column) {
        return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
    }

    /** A generated case in the words {@link #stored()} uses. */
    private static String inWords(ImportedCase c) {
        ImportedCase.SpocEntry spoc = c.spoc();
        List<String> parts = new ArrayList<>();
        parts.add(join(" | ", c.victimId(), c.victimName(), c.open() ? "OPEN" : "CLOSED", c.openedAt(), c.closedAt(),
                c.closedBy(), c.closedReason(), c.area(), c.riskLevel() == null ? null : c.riskLevel().name(),
                c.riskAssessedAt(), spoc.username(), spoc.name(), spoc.team(), spoc.contactRoute(), spoc.since(),
                c.open() && spoc.awaitingHandover(), c.owningAgency()));
        List<String> changes = new ArrayList<>();
        String from = null;
        for (ImportedCase.SpocEntry e : c.spocHistory()) {
            changes.add(join(" ", from, e.username(), e.name(), e.changedBy(), e.since(), e.reason(), e.handoverNote(),
                    e.automatic()));
            from = e.username();
        }
        parts.add(String.join("; ", changes));
        parts.add(String.join("; ", c.incidents().stream().sorted(Comparator.comparingLong(
                ImportedCase.LinkedIncident::incidentId)).map(i -> i.incidentId() + " " + i.receivedAt()).toList()));
        parts.add(String.join("; ", c.contacts().stream().map(k -> join(" ", k.madeBy(), k.madeByName(), k.agency(),
                k.owningAgency(), k.contactedAt(), k.channel().name(), k.purpose(), k.outcome(), k.recordedAt())).toList()));
        parts.add(String.join("; ", c.tasks().stream().map(t -> join(" ", t.kind().name(), t.title(), t.owner(),
                t.ownerTeam(), t.createdAt(), t.createdBy(), t.dueAt(), t.open() ? "OPEN" : "DONE",
                t.open() ? null : t.done().doneAt(), t.open() ? null : t.done().doneBy(),
                t.open() ? null : t.done().outcome())).toList()));
        return String.join("\n", parts);
    }

    /** As concat_ws: nulls left out, booleans as PostgreSQL writes them. */
    private static String join(String separator, Object... values) {
        List<String> words = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Boolean b) {
                words.add(b ? "t" : "f");
            } else if (value != null) {
                words.add(value.toString());
            }
        }
        return String.join(separator, words);
    }

    private long[] ids(String sql) {
        return jdbc.sql(sql).param("keys", keys()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("keys", keys()).param("asOf", Timestamp.from(AS_OF)).query(Long.class).single();
    }

    private static String keys() {
        return "S" + SEED + "-%";
    }
}
