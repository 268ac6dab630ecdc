package org.safeguard.access;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2: no self-registration; an ADMIN creates agencies, teams and users, and every read of accounts is audited. */
@SafeguardTest
class AdminPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsReachTheAdminPages() throws Exception {
        for (String username : new String[] {"officer", "supervisor", "partner", "analyst", "call.handler"}) {
            for (String page : new String[] {"/admin/staff", "/admin/organisation", "/admin/audit"}) {
                mvc.perform(get(page).with(staff.as(username))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/admin/staff").with(staff.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void anAgencyWithoutDetailsIsRefusedWithAnErrorSummaryAndNothingIsSaved() throws Exception {
        long before = count("access.agency");
        mvc.perform(post("/admin/organisation/agencies").param("name", "").param("code", "").param("kind", "")
                        .with(staff.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter the agency&#39;s name"), containsString("govuk-form-group--error"))));
        assertThat(count("access.agency")).isEqualTo(before);
    }

    @Test
    void anAdministratorAddsAnAgencyAndATeam() throws Exception {
        mvc.perform(post("/admin/organisation/agencies").param("name", "Northtown Women's Aid").param("code", "NORTHTOWN_WA")
                        .param("kind", "REFUGE_PROVIDER").with(staff.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/organisation"));
        long agencyId = directory.agencyByCode("NORTHTOWN_WA").orElseThrow().id();
        mvc.perform(post("/admin/organisation/teams").param("agencyId", Long.toString(agencyId))
                        .param("teamName", "Outreach").param("area", "North").with(staff.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/organisation"));
        assertThat(directory.teamByName(agencyId, "Outreach")).isPresent();
        mvc.perform(post("/admin/organisation/agencies").param("name", "Another").param("code", "NORTHTOWN_WA")
                        .param("kind", "HOUSING").with(staff.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An agency with this code already exists")));
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanThenSignIn() throws Exception {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        mvc.perform(post("/admin/staff/new").param("displayName", "Robin Test").param("username", "robin.test")
                        .param("email", "robin@police.example").param("agencyId", Long.toString(police))
                        .param("roles", "OFFICER", "SUPERVISOR").param("password", "a-long-initial-password")
                        .with(staff.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("success", "Account created for Robin Test"));
        mvc.perform(formLogin("/sign-in").user("robin.test").password("a-long-initial-password"))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'STAFF_ACCOUNT_CREATED' AND username = 'admin'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anAccountFormWithProblemsIsShownAgainWithWhatWasTyped() throws Exception {
        long before = count("access.staff_account");
        mvc.perform(post("/admin/staff/new").param("displayName", "Kept Name").param("username", "Bad Name!")
                        .param("password", "short").with(staff.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Kept Name\""),
                        containsString("Enter a username of 3 to 60"), containsString("Select at least one role"),
                        containsString("Password must be 12 characters or more"), not(containsString("value=\"short\"")))));
        assertThat(count("access.staff_account")).isEqualTo(before);
    }

    @Test
    void readingTheListOfAccountsIsAudited() throws Exception {
        long before = jdbc.sql("SELECT seq FROM audit.chain_head").query(Long.class).single();
        mvc.perform(get("/admin/staff").with(staff.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jamie Fenwick")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE seq > :before AND action = 'STAFF_ACCOUNTS_LISTED'")
                .param("before", before).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void switchingAnAccountThatSomeoneElseJustChangedIsRefused() throws Exception {
        StaffAccount account = staff.fresh(Role.PARTNER);
        directory.setEnabled(account.id(), false, account.version());
        mvc.perform(post("/admin/staff/{id}/enabled", account.id()).param("enabled", "true")
                        .param("version", Integer.toString(account.version())).with(staff.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute("conflict", containsString("changed by someone else")));
        assertThat(jdbc.sql("SELECT enabled FROM access.staff_account WHERE id = :id").param("id", account.id())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void freeTextIsAlwaysShownAsText() throws Exception {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        directory.createTeam(new NewTeam(police, "<script>alert('x')</script> Team", null));
        mvc.perform(get("/admin/organisation").with(staff.as("admin")))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Team"),
                        not(containsString("<script>alert")))));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
