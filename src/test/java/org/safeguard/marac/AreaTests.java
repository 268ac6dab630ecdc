package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.access.ActingAs;
import org.safeguard.access.Role;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's MARAC areas: each covers its own towns (a town covered by two MARACs is refused), meets on a monthly
 * schedule, hears 20 cases a meeting unless set otherwise (1 to 100), has an active chair and coordinator, core
 * agencies and representatives of their own agencies; kept by coordinators and administrators only.
 */
@SafeguardTest
class AreaTests {

    @Autowired
    MaracAreas areas;
    @Autowired
    ActingAs acting;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AgendaFixtures fixtures;
    @Autowired
    org.safeguard.marac.store.MeetingStore meetings;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewMaracArea area(String name, List<String> covers, Integer capacity, List<Representative> representatives) {
        return new NewMaracArea(name, covers, 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0), capacity, "supervisor",
                "marac.coordinator", List.of("POLICE", "IDVA_SERVICE", "CHILDRENS_SERVICES"), representatives);
    }

    @Test
    void aNewAreaHearsTwentyCasesAMeetingUnlessSetOtherwiseAndKeepsItsRepresentatives() {
        String town = "Testtown " + unique();
        MaracAreas.AreaFile created = acting.run("admin", () -> areas.create(area("Test MARAC " + unique(), List.of(town, " " + town + " "),
                null, List.of(new Representative("idva", "IDVA_SERVICE"), new Representative("partner", "CHILDRENS_SERVICES")))));
        assertThat(created.area().capacity()).isEqualTo(20);
        assertThat(created.area().covers()).containsExactly(town);
        assertThat(created.area().covers(town.toUpperCase())).isTrue();
        assertThat(created.representatives()).containsExactlyInAnyOrder(new Representative("idva", "IDVA_SERVICE"),
                new Representative("partner", "CHILDRENS_SERVICES"));
    }

    @Test
    void aTownCoveredByTwoMaracsIsRefused() {
        String town = "Testtown " + unique();
        acting.run("marac.coordinator", () -> areas.create(area("Test MARAC " + unique(), List.of(town), 20, List.of())));
        String second = "Test MARAC " + unique();
        assertThatThrownBy(() -> acting.run("marac.coordinator",
                () -> areas.create(area(second, List.of("Elsewhere " + unique(), town.toLowerCase()), 20, List.of()))))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField().get("covers")).contains("is already covered by"));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.area WHERE name = ?").param(second).query(Integer.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        NewMaracArea typed = new NewMaracArea(" ", List.of(), 5, null, null, 101, "nobody." + unique(), null,
                List.of("NOT_AN_AGENCY"), List.of(new Representative("idva", "HOUSING")));
        assertThatThrownBy(() -> acting.run("marac.coordinator", () -> areas.create(typed)))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsOnlyKeys("name", "covers", "weekOfMonth",
                        "dayOfWeek", "startsAt", "capacity", "chair", "coordinator", "coreAgencies", "representatives"))
                .satisfies(e -> assertThat(((InvalidRequest) e).byField().get("representatives"))
                        .isEqualTo("idva works for Demo IDVA Service: give their own agency"));
    }

    @Test
    void changingAnAreaSomeoneElseChangedFirstIsRefused() {
        String name = "Test MARAC " + unique();
        MaracArea created = acting.run("marac.coordinator",
                () -> areas.create(area(name, List.of("Testtown " + unique()), 20, List.of()))).area();
        MaracArea changed = acting.run("marac.coordinator", () -> areas.change(created.id(),
                area(name, created.covers(), 15, List.of()), created.version())).area();
        assertThat(changed.capacity()).isEqualTo(15);
        assertThatThrownBy(() -> acting.run("marac.coordinator", () -> areas.change(created.id(),
                area(name, created.covers(), 12, List.of()), created.version()))).isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void aNewCapacityAppliesToTheMeetingsStillToCome() {
        MaracArea area = fixtures.area(2);
        MaracCase listed = fixtures.refer(AgendaFixtures.referral(AgendaFixtures.unknownVictim(), area.covers().get(0),
                java.time.Instant.now()));
        acting.run(area.coordinator(), () -> areas.change(area.id(), new NewMaracArea(area.name(), area.covers(),
                area.weekOfMonth(), area.dayOfWeek(), area.startsAt(), 5, area.chair(), area.coordinator(),
                area.coreAgencies(), List.of()), area.version()));
        assertThat(meetings.find(listed.meetingId()).orElseThrow().capacity()).isEqualTo(5);
    }

    @Test
    void anOfficerCannotKeepMaracAreas() {
        String officer = staff.fresh(Role.OFFICER).username();
        assertThatThrownBy(() -> acting.run(officer, () -> areas.areas())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorCreatesAnAreaOnItsPageAndARefusedFormKeepsWhatWasTyped() throws Exception {
        String name = "Test MARAC " + unique();
        String town = "Testtown " + unique();
        mvc.perform(post("/marac/areas").with(staff.as("marac.coordinator")).with(csrf())
                        .param("name", name).param("covers", town).param("weekOfMonth", "2").param("dayOfWeek", "TUESDAY")
                        .param("startsAt", "ten o'clock").param("capacity", "20").param("chair", "marac.coordinator")
                        .param("coordinator", "marac.coordinator").param("coreAgencies", "POLICE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the time it starts as a 24-hour time, like 10:00")))
                .andExpect(content().string(Matchers.containsString(town)));

        mvc.perform(post("/marac/areas").with(staff.as("marac.coordinator")).with(csrf())
                        .param("name", name).param("covers", town + "\nOther " + town).param("weekOfMonth", "3")
                        .param("dayOfWeek", "THURSDAY").param("startsAt", "13:30").param("capacity", "18")
                        .param("chair", "supervisor").param("coordinator", "marac.coordinator")
                        .param("coreAgencies", "POLICE").param("coreAgencies", "HOUSING")
                        .param("representatives", "idva, IDVA_SERVICE"))
                .andExpect(status().is3xxRedirection());
        MaracArea saved = acting.run("marac.coordinator", () -> areas.areas()).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.covers()).containsExactly(town, "Other " + town);
        assertThat(saved.dayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(saved.startsAt()).isEqualTo(LocalTime.of(13, 30));
        assertThat(saved.coreAgencies()).containsExactly("POLICE", "HOUSING");
        assertThat(saved.chair()).isEqualTo("supervisor");

        mvc.perform(get("/marac/areas").with(staff.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/marac/areas/" + saved.id()).with(staff.as("marac.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("idva, IDVA_SERVICE")));
    }

    @Test
    void onlyTheAreasOwnCoordinatorOrAnAdministratorChangesItAndAnotherCoordinatorsRefusalIsAudited() {
        MaracArea area = fixtures.area(20);
        MaracArea other = fixtures.area(20);
        NewMaracArea typed = new NewMaracArea(area.name(), area.covers(), area.weekOfMonth(), area.dayOfWeek(),
                area.startsAt(), 7, area.chair(), area.coordinator(), area.coreAgencies(), List.of());

        assertThatThrownBy(() -> acting.run(other.coordinator(), () -> areas.change(area.id(), typed, area.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_ACCESS_REFUSED' AND subject_type = "
                        + "'marac-area' AND subject_id = ? AND username = ?").params(String.valueOf(area.id()), other.coordinator())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(acting.run(area.coordinator(), () -> areas.area(area.id())).area().capacity()).isEqualTo(20);

        String admin = staff.fresh(Role.ADMIN).username();
        assertThat(acting.run(admin, () -> areas.change(area.id(), typed, area.version())).area().capacity()).isEqualTo(7);
    }

    @Test
    void nobodyAppointsThemselfToAnAreaTheyAreNotAlreadyInAndEveryMembershipChangeIsAuditedByUsername() {
        MaracArea area = fixtures.area(20);
        String admin = staff.fresh(Role.ADMIN).username();
        String newChair = staff.fresh(Role.SUPERVISOR).username();

        // An administrator may not name themself, creating or changing an area.
        assertThatThrownBy(() -> acting.run(admin, () -> areas.create(new NewMaracArea("Test MARAC " + unique(),
                List.of("Testtown " + unique()), 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 20, admin, area.coordinator(),
                List.of("POLICE"), List.of()))))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsKey("chair"));
        assertThatThrownBy(() -> acting.run(admin, () -> areas.change(area.id(), new NewMaracArea(area.name(), area.covers(),
                area.weekOfMonth(), area.dayOfWeek(), area.startsAt(), 20, area.chair(), admin, area.coreAgencies(),
                List.of()), area.version())))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsKey("coordinator"));
        // A coordinator setting up a new MARAC may not make themself its chair or a representative.
        String coordinator = staff.fresh(Role.MARAC_COORDINATOR).username();
        assertThatThrownBy(() -> acting.run(coordinator, () -> areas.create(new NewMaracArea("Test MARAC " + unique(),
                List.of("Testtown " + unique()), 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 20, coordinator, coordinator,
                List.of("POLICE"), List.of()))))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).byField()).containsOnlyKeys("chair"));

        acting.run(area.coordinator(), () -> areas.change(area.id(), new NewMaracArea(area.name(), area.covers(),
                area.weekOfMonth(), area.dayOfWeek(), area.startsAt(), 20, newChair, area.coordinator(), area.coreAgencies(),
                List.of(new Representative("idva", "IDVA_SERVICE"))), area.version()));

        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'MARAC_AREA_CHANGED' AND subject_id = ?")
                .param(String.valueOf(area.id())).query(String.class).single())
                .isEqualTo("added: chair " + newChair + ", representative idva; removed: chair " + area.chair());
    }

    @Test
    void aFormWithAnUnreadableTimeAlsoSaysWhatElseIsWrongAllAtOnceAndSavesNothing() throws Exception {
        String town = "Testtown " + unique();
        mvc.perform(post("/marac/areas").with(staff.as("marac.coordinator")).with(csrf())
                        .param("name", "").param("covers", town).param("weekOfMonth", "2").param("dayOfWeek", "TUESDAY")
                        .param("startsAt", "ten o'clock").param("capacity", "20").param("chair", "supervisor")
                        .param("coordinator", "marac.coordinator").param("coreAgencies", "POLICE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the time it starts as a 24-hour time, like 10:00")))
                .andExpect(content().string(Matchers.containsString("Enter the MARAC")));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.area WHERE ? = ANY(covers)").param(town).query(Integer.class).single())
                .isZero();
    }
}
