package org.safeguard.marac;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 7, bad input to the bulk import of MARAC history: an action with no owner or due date, a meeting over its
 * capacity, an unknown area, a repeat that names no earlier hearing of the victim. Each is a clear error and nothing
 * of the batch is saved — not its cases, actions or meetings.
 */
@SafeguardTest
class MaracHistoriesImportTests {

    private static final Instant HEARD = Instant.parse("2019-10-08T09:00:00Z");

    @Autowired
    MaracImport maracs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anActionWithNoOwnerOrNoDueDateRefusesTheWholeBatch() {
        String area = area(20);
        ImportedMaracCase good = heard(area, 1, List.of());
        ImportedMaracCase noOwner = heard(area, 2, List.of(new ImportedMaracCase.Action("Review bail", "POLICE", " ",
                LocalDate.of(2019, 10, 20), "OPEN", null, null)));
        ImportedMaracCase noDueDate = heard(area, 3, List.of(new ImportedMaracCase.Action("Review bail", "POLICE",
                "specialist", null, "OPEN", null, null)));
        assertThat(refused(List.of(good, noOwner)).byField()).containsEntry("actions",
                "Case 1 of the batch: a required text is blank");
        assertThat(refused(List.of(good, noDueDate)).byField()).containsEntry("actions",
                "Case 1 of the batch: every action has a due date");
        assertNothingSaved(area);
    }

    @Test
    void aMeetingOverItsCapacityRefusesTheWholeBatch() {
        String area = area(2);
        InvalidRequest refused = refused(List.of(heard(area, 1, List.of()), heard(area, 2, List.of()),
                heard(area, 3, List.of())));
        assertThat(refused.byField().get("heardAt")).contains("would hear 3 cases, over its capacity of 2");
        assertNothingSaved(area);
        assertThat(maracs.importHistory(List.of(heard(area, 1, List.of()), heard(area, 2, List.of())))).hasSize(2);
    }

    @Test
    void anUnknownAreaRefusesTheWholeBatch() {
        String area = area(20);
        InvalidRequest refused = refused(List.of(heard(area, 1, List.of()), heard("No such MARAC " + UUID.randomUUID(), 2,
                List.of())));
        assertThat(refused.byField().get("areaName")).startsWith("Case 1 of the batch: no MARAC area is named No such MARAC");
        assertNothingSaved(area);
    }

    @Test
    void aRepeatMustNameAnEarlierHearingOfTheSameVictim() {
        String area = area(20);
        ImportedMaracCase first = heard(area, 1, List.of());
        ImportedMaracCase someoneElse = new ImportedMaracCase(area, HEARD.plusSeconds(35 * 86400L), victim(2), "Victim 2",
                List.of(), HEARD.plusSeconds(20 * 86400L), "POLICE", "HIGH", 0, null, null, null, null, null, 0, null,
                null, List.of());
        assertThat(refused(List.of(first, someoneElse)).byField()).containsKey("repeatOf");
        assertNothingSaved(area);
    }

    private InvalidRequest refused(List<ImportedMaracCase> batch) {
        return catchThrowableOfType(InvalidRequest.class, () -> maracs.importHistory(batch));
    }

    private void assertNothingSaved(String area) {
        assertThat(jdbc.sql("SELECT count(*) FROM marac.marac_case c JOIN marac.area a ON a.id = c.area_id WHERE a.name = ?")
                .param(area).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM marac.meeting m JOIN marac.area a ON a.id = m.area_id WHERE a.name = ?")
                .param(area).query(Long.class).single()).isZero();
    }

    private String area(int capacity) {
        String name = "Import test " + UUID.randomUUID();
        maracs.ensureArea(new ImportedMaracArea(name, List.of("Nowhere " + name), 2, DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), capacity, "supervisor", "marac.coordinator", List.of("POLICE"), Map.of()));
        return name;
    }

    private static ImportedMaracCase heard(String area, int n, List<ImportedMaracCase.Action> actions) {
        return new ImportedMaracCase(area, HEARD, victim(n), "Victim " + n, List.of(), HEARD.minusSeconds(10 * 86400L),
                "POLICE", "HIGH", 0, "FEMALE", 40, false, false, false, null, null, null, actions);
    }

    private static long victim(int n) {
        return 7_900_000_000L + n;
    }
}
