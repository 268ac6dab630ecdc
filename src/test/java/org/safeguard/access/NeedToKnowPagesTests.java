package org.safeguard.access;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The need-to-know pages: the locked-down view, requests and break-glass forms, the review queue and the policy table. */
@SafeguardTest
class NeedToKnowPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    JdbcClient jdbc;

    long freshPerson() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Siân", Calls.unusedFamilyName(),
                LocalDate.of(1979, 11, 2), Sex.FEMALE), "POLICE")).id();
    }

    static AccessDecision lockedDecision(long personId, boolean mayBreakGlass) {
        Map<FieldGroup, Visibility> closed = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            closed.put(group, Visibility.EXISTS_ONLY);
        }
        return new AccessDecision(RecordType.CASE, personId, Purpose.SCREEN, closed, Set.of(Relationship.NONE), Set.of(),
                Optional.empty(), List.of(new WorkingAgency("Hertfordshire IDVA service", "IDVA", "r.ellery", true)),
                mayBreakGlass);
    }

    @Test
    void theLockedDownViewShowsNoNameTheAgenciesWorkingAndBothFormsWithTheirCsrfTokens() throws Exception {
        mvc.perform(get("/access/locked").with(staff.as("partner"))
                        .requestAttr("org.safeguard.access.web.LockedRecords.decision", lockedDecision(42, true)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Restricted record"),
                        containsString("Hertfordshire IDVA service: IDVA (owns the record)"),
                        containsString("Your request goes to r.ellery"), containsString("action=\"/access/requests\""),
                        containsString("action=\"/access/break-glass\""), containsString("name=\"_csrf\""))));
        mvc.perform(get("/access/locked").with(staff.as("partner"))
                        .requestAttr("org.safeguard.access.web.LockedRecords.decision", lockedDecision(42, false)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("action=\"/access/break-glass\""))));
    }

    @Test
    void aRequestWithoutAReasonShowsTheErrorSummaryAndIsAuditedAndStoresNothing() throws Exception {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        mvc.perform(post("/access/requests").param("recordType", "CASE").param("personId", Long.toString(victim))
                        .param("reason", "").with(staff.as(partner)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter why you need to see this record"))));
        assertThat(jdbc.sql("SELECT count(*) FROM access.access_request WHERE person_id = :id").param("id", victim)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/access/requests").param("recordType", "CASE").param("personId", Long.toString(victim))
                        .param("reason", "<script>alert(1)</script> strategy meeting").with(staff.as(partner)).with(csrf()))
                .andExpect(redirectedUrl("/access/requests"));
        mvc.perform(get("/access/requests").with(staff.as(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt; strategy meeting"),
                        not(containsString("<script>alert(1)")))));
    }

    @Test
    void aBreakGlassReturnsToThePageItCameFromAndNeverToAnotherSite() throws Exception {
        long victim = freshPerson();
        mvc.perform(post("/access/break-glass").param("recordType", "CASE").param("personId", Long.toString(victim))
                        .param("reason", "Officers on scene, weapon mentioned").param("returnTo", "//evil.example/x")
                        .with(staff.as(staff.fresh(Role.PARTNER).username())).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void onlySupervisorsAndProfessionalStandardsReachTheReviewQueueAndOnlyAdministratorsThePolicy() throws Exception {
        mvc.perform(get("/access/break-glass").with(staff.as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/access/break-glass").with(staff.as("professional.standards"))).andExpect(status().isOk());
        mvc.perform(get("/admin/access-policy").with(staff.as("supervisor"))).andExpect(status().isForbidden());
        String admin = staff.fresh(Role.ADMIN).username();
        mvc.perform(get("/admin/access-policy").with(staff.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rules the table cannot open"),
                        containsString("Partner agency representative"), containsString("Only that it exists"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'ACCESS_POLICY_VIEWED' AND username = :u")
                .param("u", admin).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/access/notices").with(staff.as("analyst"))).andExpect(status().isOk());
    }
}
