package org.safeguard.access;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2: staff sign-in, lockout, the same message for unknown users, CSRF and strict headers (issue 10: then the second factor). */
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
    @LocalServerPort
    int port;

    @Test
    void aRightPasswordLeadsToTheSecondFactorAndBothLandOnTheHomePageAudited() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        assertThat(auditActions(account.username())).containsExactly("SIGN_IN_PASSWORD_ACCEPTED");
        new WebSession(port).signIn(account.username(), Staff.PASSWORD).get("/");
        assertThat(auditActions(account.username())).contains("SECOND_FACTOR_PASSED", "SIGN_IN");
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
    void onlyASignInCompletedWithTheSecondFactorForgetsEarlierFailures() throws Exception {
        StaffAccount account = staff.fresh(Role.OFFICER);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-" + attempt));
        }
        mvc.perform(formLogin("/sign-in").user(account.username()).password(Staff.PASSWORD))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        new WebSession(port).signIn(account.username(), Staff.PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/sign-in").user(account.username()).password("wrong-again-" + attempt));
        }
        new WebSession(port).signIn(account.username(), Staff.PASSWORD);
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
    void switchingAnAccountOffEndsItsSessionAtTheNextRequest() {
        StaffAccount account = staff.fresh(Role.OFFICER);
        WebSession session = new WebSession(port).signIn(account.username(), Staff.PASSWORD);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        directory.setEnabled(account.id(), false, account.version());
        assertThat(WebSession.location(session.get("/"))).endsWith("/sign-in?error=disabled");
        assertThat(WebSession.location(session.get("/"))).as("the session is over").endsWith("/sign-in");
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
        StaffAccount account = staff.fresh(Role.OFFICER);
        new WebSession(port).signIn(account.username(), Staff.PASSWORD);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM access.spring_session WHERE principal_name = :u")
                .param("u", account.username()).query(Integer.class).list()).containsExactly(30 * 60);
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
