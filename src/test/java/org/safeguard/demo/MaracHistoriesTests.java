package org.safeguard.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.population.CaseHistories;
import org.safeguard.demo.population.DashAnswers;
import org.safeguard.demo.population.IncidentStories;
import org.safeguard.demo.population.MaracHistories;
import org.safeguard.demo.population.Population;
import org.safeguard.marac.ImportedMaracArea;
import org.safeguard.marac.ImportedMaracCase;
import org.safeguard.marac.MaracArea;
import org.safeguard.marac.MaracImport;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.safeguarding.ImportedCase;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 7, generator and the quarterly return: the high-risk victims of one generated batch are heard at two MARACs
 * made for this test (so no other test's data is counted), over the 15 months to an "as of" in 2018 that no other
 * test uses. "The quarterly CSV matches hand-counted figures on a generated data set": every quarter's CSV is
 * compared with figures counted here from the generator's own list of hearings.
 */
@SafeguardTest
class MaracHistoriesTests {

    private static final long SEED = 7_000_717;
    private static final Instant AS_OF = Instant.parse("2018-07-01T00:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int CAPACITY = 6;
    private static final MaracHistories.Owners OWNERS = new MaracHistories.Owners("specialist", "idva", "partner");

    private static Generated generated;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    MaracImport maracs;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    /** What was generated, and how to make it again. */
    private record Generated(List<MaracArea> areas, Map<Long, Map<Instant, Integer>> already, Population.Batch batch,
                             IncidentStories.Written written, List<ImportedCase> cases, List<ImportedAssessment> assessed,
                             DashAnswers answers, List<ImportedMaracCase> heard, long[] personIds) {
    }

    @BeforeEach
    void generateOnce() {
        if (generated != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        maracs.ensureArea(area("Generated east " + suffix, 2, DayOfWeek.TUESDAY, List.of("Stevenage", "Hitchin",
                "Letchworth Garden City", "Hertford", "Welwyn Garden City", "Hatfield", "Cheshunt", "Bishop's Stortford",
                "Bedford", "Luton", "Dunstable")));
        maracs.ensureArea(area("Generated west " + suffix, 3, DayOfWeek.THURSDAY, List.of("St Albans", "Watford",
                "Hemel Hempstead", "Borehamwood", "Cambridge", "Peterborough", "Huntingdon", "Wisbech", "Ely")));
        List<MaracArea> areas = maracs.areasNamed(List.of("Generated east " + suffix, "Generated west " + suffix));
        Map<Long, Map<Instant, Integer>> already = maracs.casesPerMeeting(areas.stream().map(MaracArea::id).toList());
        Population.Batch batch = new Population(SEED).nextBatch(5_000, 5_000);
        IncidentStories.Written written = new IncidentStories(SEED, AS_OF).write(batch, 10_000);
        DashAnswers answers = syntheticData.answers(SEED, AS_OF);
        List<ImportedAssessment> assessed = answers.assess(written.incidents());
        CaseHistories histories = syntheticData.histories(SEED, AS_OF, answers);
        List<ImportedCase> cases = histories.write(batch, written, assessed);
        List<ImportedMaracCase> heard = new MaracHistories(SEED, AS_OF, areas, already, answers::levelOf, OWNERS)
                .write(batch, written, cases, assessed);
        // Person ids nobody else uses: the hearings need no person records to be counted.
        long base = 6_100_000_000L + SEED * 100_000;
        long[] personIds = LongStream.range(0, batch.records().size() + written.children().size()).map(n -> base + n)
                .toArray();
        maracs.importHistory(MaracHistories.withIds(heard, personIds));
        generated = new Generated(areas, already, batch, written, cases, assessed, answers, heard, personIds);
    }

    @Test
    void quarterlyCsvMatchesHandCountedFiguresOnAGeneratedDataSet() throws Exception {
        assertThat(generated.heard()).hasSizeGreaterThan(40);
        int compared = 0;
        for (MaracArea area : generated.areas()) {
            for (String quarter : quartersOf(generated.heard())) {
                String csv = mvc.perform(get("/marac/returns.csv").param("quarter", quarter)
                                .param("area", String.valueOf(area.id())).with(staff.as("analyst")))
                        .andReturn().getResponse().getContentAsString();
                Map<String, String> rows = new LinkedHashMap<>();
                csv.lines().skip(1).forEach(line -> {
                    String[] cells = line.substring(1, line.length() - 1).split("\",\"");
                    assertThat(cells[0]).isEqualTo(area.name());
                    assertThat(cells[1]).isEqualTo(quarter);
                    rows.put(cells[2], cells[3]);
                });
                List<ImportedMaracCase> counted = generated.heard().stream()
                        .filter(h -> h.areaName().equals(area.name()) && quarterOf(h.heardAt()).equals(quarter)).toList();
                assertThat(rows).as("%s in %s", area.name(), quarter).isEqualTo(handCounted(counted));
                compared += counted.size();
            }
        }
        assertThat(compared).as("every hearing is in some area's quarter").isEqualTo(generated.heard().size());
    }

    @Test
    void theSameSeedMomentAndMaracsGiveTheSameHearings() {
        List<ImportedMaracCase> again = new MaracHistories(SEED, AS_OF, generated.areas(), generated.already(),
                generated.answers()::levelOf, OWNERS).write(generated.batch(), generated.written(), generated.cases(),
                generated.assessed());
        assertThat(again).isEqualTo(generated.heard());
    }

    @Test
    void repeatMaracAboutOneInFourIsHeardAgainWithin12MonthsLinkedToTheEarlierHearing() {
        List<ImportedMaracCase> heard = generated.heard();
        long firsts = heard.stream().filter(h -> !h.repeat()).count();
        long repeats = heard.stream().filter(ImportedMaracCase::repeat).count();
        assertThat(repeats).isPositive();
        assertThat((double) repeats / firsts).isBetween(0.08, 0.40);
        for (ImportedMaracCase h : heard) {
            if (h.repeat()) {
                ImportedMaracCase earlier = heard.get(h.repeatOf());
                assertThat(heard.indexOf(earlier)).isLessThan(heard.indexOf(h));
                assertThat(earlier.victimId()).isEqualTo(h.victimId());
                assertThat(earlier.repeat()).isFalse();
                assertThat(h.referredAt()).isAfter(earlier.heardAt())
                        .isBefore(earlier.heardAt().atZone(LONDON).plusMonths(12).toInstant());
            }
        }
        // Stored: each repeat names its earlier hearing, of the same victim.
        long linked = jdbc.sql("SELECT count(*) FROM marac.marac_case c JOIN marac.marac_case e ON e.id = c.repeat_of "
                        + "WHERE c.area_id = ANY(?) AND e.victim_id = c.victim_id AND e.heard_at < c.referred_at")
                .param(generated.areas().stream().map(MaracArea::id).toArray(Long[]::new)).query(Long.class).single();
        assertThat(linked).isEqualTo(repeats);
    }

    @Test
    void eachCaseIsHeardByTheMaracCoveringItsTownAtAMeetingOnItsScheduleWithSpace() {
        Map<Long, ImportedCase> caseOf = generated.cases().stream()
                .collect(Collectors.toMap(c -> generated.personIds()[Math.toIntExact(c.victimId())], c -> c));
        Map<String, MaracArea> areas = generated.areas().stream().collect(Collectors.toMap(MaracArea::name, a -> a));
        Map<String, Integer> perMeeting = new HashMap<>();
        for (ImportedMaracCase h : MaracHistories.withIds(generated.heard(), generated.personIds())) {
            MaracArea area = areas.get(h.areaName());
            assertThat(area.covers(caseOf.get(h.victimId()).area())).isTrue();
            ZonedDateTime meeting = h.heardAt().atZone(LONDON);
            assertThat(meeting.getDayOfWeek()).isEqualTo(area.dayOfWeek());
            assertThat((meeting.getDayOfMonth() - 1) / 7 + 1).isEqualTo(area.weekOfMonth());
            assertThat(meeting.toLocalTime()).isEqualTo(area.startsAt());
            assertThat(h.heardAt()).isBefore(AS_OF).isAfterOrEqualTo(h.referredAt().plus(Duration.ofDays(7)));
            assertThat(h.heardAt()).isAfter(AS_OF.atZone(LONDON).minusMonths(15).toInstant());
            perMeeting.merge(h.areaName() + h.heardAt(), 1, Integer::sum);
        }
        assertThat(perMeeting.values()).allMatch(n -> n <= CAPACITY);
        assertThat(perMeeting.values()).as("some meetings are full, so cases wait for the next").contains(CAPACITY);
    }

    @Test
    void victimsDetailsComeFromTheirRecordsAndEqualityIsSometimesNotRecorded() {
        List<Population.PersonRecordDraft> people = new ArrayList<>(generated.batch().records());
        people.addAll(generated.written().children());
        List<ImportedMaracCase> heard = generated.heard();
        for (ImportedMaracCase h : heard) {
            Population.PersonRecordDraft victim = people.get(Math.toIntExact(h.victimId()));
            assertThat(h.victimSex()).isEqualTo(victim.sex().name());
            assertThat(h.victimAge()).isBetween(16, 110);
            assertThat(h.riskLevel()).isEqualTo("HIGH");
            assertThat(h.actions()).isNotEmpty().allMatch(a -> a.owner() != null && a.dueOn() != null);
        }
        assertThat(share(heard, h -> h.referringAgency().equals("POLICE"))).isBetween(0.6, 0.95);
        assertThat(share(heard, h -> h.victimBme() == null)).isBetween(0.03, 0.35);
        assertThat(share(heard, h -> Boolean.TRUE.equals(h.victimLgbt()))).isLessThan(0.15);
        assertThat(share(heard, h -> h.children() > 0)).isPositive();
        assertThat(heard.stream().flatMap(h -> h.actions().stream())
                .filter(a -> a.status().equals("OPEN") && a.dueOn().isBefore(AS_OF.atZone(LONDON).toLocalDate())))
                .as("some actions are overdue").isNotEmpty();
    }

    @Test
    void theDemoHasItsFourMaracsWithCoordinatorChairAndRepresentatives() {
        List<MaracArea> demo = maracs.areasNamed(DemoMaracs.names());
        assertThat(demo).extracting(MaracArea::name).containsExactlyInAnyOrder("Hertfordshire East",
                "Hertfordshire West", "Bedfordshire", "Cambridgeshire");
        assertThat(demo).allMatch(a -> a.coordinator().equals("marac.coordinator") && a.chair().equals("supervisor")
                && a.capacity() == 20 && a.coreAgencies().size() == 8);
        assertThat(demo.stream().map(a -> a.weekOfMonth() + " " + a.dayOfWeek()).distinct()).hasSize(4);
        assertThat(demo.stream().flatMap(a -> a.covers().stream())).hasSize(20).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM marac.representative r JOIN marac.area a ON a.id = r.area_id "
                + "WHERE a.name = 'Bedfordshire'").query(Long.class).single()).isEqualTo(3);
    }

    /** The return's figures for these hearings, counted here from the list, as the CSV names them. */
    private static Map<String, String> handCounted(List<ImportedMaracCase> heard) {
        Map<String, String> figures = new LinkedHashMap<>();
        long cases = heard.size();
        long repeats = heard.stream().filter(ImportedMaracCase::repeat).count();
        figures.put("Meetings", String.valueOf(heard.stream().map(ImportedMaracCase::heardAt).distinct().count()));
        figures.put("Cases heard", String.valueOf(cases));
        figures.put("Repeat cases", String.valueOf(repeats));
        figures.put("Repeat rate (%)", String.valueOf(cases == 0 ? 0.0 : Math.round(repeats * 1000.0 / cases) / 10.0));
        new TreeSet<>(heard.stream().map(ImportedMaracCase::referringAgency).toList()).forEach(agency ->
                figures.put("Referred by " + agency, String.valueOf(heard.stream()
                        .filter(h -> h.referringAgency().equals(agency)).count())));
        figures.put("Referred by partners (not police)", count(heard, h -> !h.referringAgency().equals("POLICE")));
        figures.put("Cases with children", count(heard, h -> h.children() > 0));
        figures.put("Children in those households", String.valueOf(heard.stream().mapToInt(ImportedMaracCase::children).sum()));
        equality(figures, "Victims from Black and minority ethnic groups", heard, ImportedMaracCase::victimBme);
        equality(figures, "Victims who are LGBT+", heard, ImportedMaracCase::victimLgbt);
        equality(figures, "Victims with a disability", heard, ImportedMaracCase::victimDisability);
        equality(figures, "Male victims", heard, h -> h.victimSex() == null || h.victimSex().equals("NOT_KNOWN") ? null
                : h.victimSex().equals("MALE"));
        equality(figures, "Victims aged 16 to 17", heard, h -> h.victimAge() == null ? null
                : h.victimAge() == 16 || h.victimAge() == 17);
        return figures;
    }

    private static void equality(Map<String, String> figures, String name, List<ImportedMaracCase> heard,
                                 Function<ImportedMaracCase, Boolean> field) {
        figures.put(name, count(heard, h -> Boolean.TRUE.equals(field.apply(h))));
        figures.put(name + ": not recorded", count(heard, h -> field.apply(h) == null));
    }

    private static String count(List<ImportedMaracCase> heard, Predicate<ImportedMaracCase> which) {
        return String.valueOf(heard.stream().filter(which).count());
    }

    private static double share(List<ImportedMaracCase> heard, Predicate<ImportedMaracCase> which) {
        return (double) heard.stream().filter(which).count() / heard.size();
    }

    private static List<String> quartersOf(List<ImportedMaracCase> heard) {
        return heard.stream().map(h -> quarterOf(h.heardAt())).distinct().sorted().toList();
    }

    private static String quarterOf(Instant at) {
        ZonedDateTime uk = at.atZone(LONDON);
        return uk.getYear() + "-Q" + ((uk.getMonthValue() - 1) / 3 + 1);
    }

    private static ImportedMaracArea area(String name, int week, DayOfWeek day, List<String> covers) {
        return new ImportedMaracArea(name, covers, week, day, LocalTime.of(10, 0), CAPACITY, "supervisor",
                "marac.coordinator", List.of("POLICE", "IDVA_SERVICE"), Map.of());
    }
}
