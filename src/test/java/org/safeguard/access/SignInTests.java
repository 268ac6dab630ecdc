package org.safeguard.access;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2: staff sign-in, lockout, the same message for unknown users, CSRF and strict headers. */
@SafeguardTest
class SignInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aSuccessfulSignInLandsOnTheHomePageAndIsAudited() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(account.username()).withRoles("OFFICER"));
        assertThat(auditActions(account.username())).contains("SIGN_IN");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameMessage() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-password-123"))
                .andExpect(redirectedUrl("/sign-in?error=credentials"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in").user("nobody.by.this.name").password("wrong-password-123"))
                .andExpect(redirectedUrl("/sign-in?error=credentials"))
                .andExpect(unauthenticated());
        mvc.perform(get("/sign-in").param("error", "credentials"))
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("The username or password is not correct"))));
        assertThat(auditActions(account.username())).contains("SIGN_IN_FAILED");
        assertThat(auditActions("nobody.by.this.name")).contains("SIGN_IN_FAILED");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-password-" + attempt));
        }
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error=locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/sign-in").param("error", "locked"))
                .andExpect(content().string(containsString("Wait 15 minutes")));
        assertThat(auditActions(account.username())).contains("SIGN_IN_FAILED_LOCKED", "SIGN_IN_REFUSED_LOCKED");
    }

    @Test
    void aMadeUpUsernameLocksExactlyLikeARealOne() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/sign-in").user("made.up.user").password("guess-" + attempt))
                    .andExpect(redirectedUrl("/sign-in?error=credentials"));
        }
        mvc.perform(formLogin("/sign-in").user("made.up.user").password("guess-6"))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-" + attempt));
        }
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-again"));
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() throws Exception {
        StaffAccount account = staff.fresh(Role.IDVA);
        directory.setEnabled(account.id(), false, account.version());
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error=disabled"))
                .andExpect(unauthenticated());
    }

    @Test
    void aSwitchedOffAccountIsOnlyNamedAsSuchToSomeoneWhoKnowsThePassword() throws Exception {
        StaffAccount account = staff.fresh(Role.IDVA);
        directory.setEnabled(account.id(), false, account.version());
        mvc.perform(formLogin("/sign-in").user(account.username()).password("not-the-password"))
                .andExpect(redirectedUrl("/sign-in?error=credentials"));
    }

    @Test
    void switchingAnAccountOffEndsItsSessionAtTheNextRequest() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(account.username())
                        .password(Staff.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        directory.setEnabled(account.id(), false, account.version());
        mvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/sign-in?error=disabled"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummary() throws Exception {
        mvc.perform(formLogin("/sign-in").user("").password(""))
                .andExpect(redirectedUrl("/sign-in?error=missing-both"));
        mvc.perform(get("/sign-in").param("error", "missing-both"))
                .andExpect(content().string(allOf(containsString("href=\"#username\""), containsString("Enter your username"),
                        containsString("Enter your password"))));
    }

    @Test
    void aFormWithoutItsTokenIsRefusedClearlyAndChangesNothing() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        mvc.perform(post("/sign-in").param("username", account.username()).param("password", Staff.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        long agencies = jdbc.sql("SELECT count(*) FROM access.agency").query(Long.class).single();
        mvc.perform(post("/admin/organisation/agencies").param("code", "NO_TOKEN").param("name", "No token")
                        .param("kind", "HOUSING").with(staff.as("admin")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access.agency").query(Long.class).single()).isEqualTo(agencies);
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void sessionsEndAfterThirtyMinutesWithoutActivity() {
        Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context webApp = (Context) tomcat.getHost().findChildren()[0];
        assertThat(webApp.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(post("/sign-out").with(staff.as("officer")).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signed-out"))
                .andExpect(unauthenticated());
        mvc.perform(get("/sign-in").param("signed-out", ""))
                .andExpect(content().string(containsString("You have signed out")));
    }

    @Test
    void aPageNeedsASignIn() throws Exception {
        mvc.perform(get("/admin/staff")).andExpect(status().is3xxRedirection());
    }

    private java.util.List<String> auditActions(String username) {
        return jdbc.sql("SELECT action FROM audit.event WHERE username = :username ORDER BY seq")
                .param("username", username).query(String.class).list();
    }
}
