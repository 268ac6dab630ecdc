package org.safeguard.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.OneTimePasswords;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.SecondFactor;
import org.safeguard.support.Staff;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 10, second factor: set-up at first sign-in, codes, replay, lockout, recovery codes, ADMIN reset, the API. */
@SafeguardTest
class SecondFactorTests {

    private static final Pattern RECOVERY_CODE = Pattern.compile(">([a-z2-9]{5}-[a-z2-9]{5})<");

    @LocalServerPort
    int port;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theFirstSignInSetsUpAnAppAndShowsTenRecoveryCodesOnceKeptOnlyAsHashes() {
        StaffAccount account = staff.fresh(Role.OFFICER);
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.signInWithPasswordOnly(account.username(), Staff.PASSWORD)))
                .endsWith("/sign-in/second-factor");
        assertThat(WebSession.location(session.get("/sign-in/second-factor"))).endsWith("/sign-in/second-factor/set-up");
        String setUp = session.get("/sign-in/second-factor/set-up").body();
        assertThat(setUp).contains("otpauth://totp/Safeguard:" + account.username() + "?secret=", "&amp;issuer=Safeguard",
                "src=\"data:image/svg+xml;base64,");
        assertThat(session.get("/sign-in/second-factor/set-up").body()).as("a reload shows the same secret")
                .contains(secretShownOn(setUp));
        SecondFactor.rememberFromSetUpPage(account.username(), setUp);

        HttpResponse<String> done = session.post("/sign-in/second-factor/set-up",
                Map.of("code", SecondFactor.freshCode(account.username())));
        List<String> codes = recoveryCodesOn(done.body());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT code_hash FROM access.recovery_code WHERE account_id = :id")
                .param("id", account.id()).query(String.class).list())
                .hasSize(10).allMatch(hash -> hash.startsWith("{bcrypt}")).doesNotContainAnyElementsOf(codes);
        assertThat(WebSession.location(session.get("/sign-in/continue"))).endsWith("/");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(auditActions(account.username())).contains("SIGN_IN_PASSWORD_ACCEPTED", "SECOND_FACTOR_ENROLLED",
                "SECOND_FACTOR_PASSED", "SIGN_IN");
    }

    @Test
    void theNextSignInAsksForTheCodeAndTheSameCodeCannotBeUsedTwice() {
        StaffAccount account = enrolled(Role.OFFICER);
        String code = SecondFactor.freshCode(account.username());
        WebSession first = new WebSession(port);
        first.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        assertThat(first.get("/sign-in/second-factor").body()).contains("Enter the code from your authenticator app");
        assertThat(WebSession.location(first.post("/sign-in/second-factor", Map.of("code", code)))).doesNotContain("sign-in");
        assertThat(first.get("/").statusCode()).isEqualTo(200);

        WebSession replay = new WebSession(port);
        replay.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        replay.get("/sign-in/second-factor");
        HttpResponse<String> refused = replay.post("/sign-in/second-factor", Map.of("code", code));
        assertThat(refused.body()).contains("There is a problem", "That code has expired. Enter the code your app shows now.");
        assertThat(WebSession.location(replay.get("/"))).endsWith("/sign-in/second-factor");
    }

    @Test
    void anOldCodeSaysItHasExpiredAndAWrongOneIsCountedAndAuditedUntilSignInLocks() {
        StaffAccount account = enrolled(Role.IDVA);
        WebSession session = new WebSession(port);
        session.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        session.get("/sign-in/second-factor");
        String old = SecondFactor.codeAt(account.username(), OneTimePasswords.stepAt(Instant.now()) - 4);
        assertThat(session.post("/sign-in/second-factor", Map.of("code", old)).body())
                .contains("That code has expired. Enter the code your app shows now.");
        assertThat(session.post("/sign-in/second-factor", Map.of("code", "")).body())
                .contains("Enter the 6-digit code from your authenticator app");
        String wrong = wrongCode(account.username());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(session.post("/sign-in/second-factor", Map.of("code", wrong)).body()).contains("The code is not right");
        }
        HttpResponse<String> fifth = session.post("/sign-in/second-factor", Map.of("code", wrong));
        assertThat(WebSession.location(fifth)).endsWith("/sign-in?error=locked");
        assertThat(WebSession.location(session.get("/"))).as("the session is over").contains("/sign-in");
        assertThat(auditActions(account.username())).filteredOn("SECOND_FACTOR_FAILED"::equals).hasSize(7);
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE username = :u AND action = 'SECOND_FACTOR_FAILED' "
                + "ORDER BY seq").param("u", account.username()).query(String.class).list())
                .contains("expired or used code", "no code", "wrong code", "wrong code; sign-in now locked");
        WebSession again = new WebSession(port);
        assertThat(WebSession.location(again.signInWithPasswordOnly(account.username(), Staff.PASSWORD)))
                .as("the right password does not help while locked").endsWith("/sign-in?error=locked");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfTheApp() {
        StaffAccount account = staff.fresh(Role.DA_SPECIALIST);
        WebSession setUp = new WebSession(port);
        setUp.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        SecondFactor.rememberFromSetUpPage(account.username(), setUp.get("/sign-in/second-factor/set-up").body());
        String code = recoveryCodesOn(setUp.post("/sign-in/second-factor/set-up",
                Map.of("code", SecondFactor.freshCode(account.username()))).body()).get(3);

        WebSession lostPhone = new WebSession(port);
        lostPhone.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        lostPhone.get("/sign-in/second-factor/recovery-code");
        HttpResponse<String> used = lostPhone.post("/sign-in/second-factor/recovery-code",
                Map.of("recoveryCode", code.toUpperCase()));
        assertThat(WebSession.location(used)).isNotEmpty().doesNotContain("sign-in");
        assertThat(lostPhone.get("/").statusCode()).isEqualTo(200);
        assertThat(auditActions(account.username())).contains("RECOVERY_CODE_USED");

        WebSession again = new WebSession(port);
        again.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        again.get("/sign-in/second-factor/recovery-code");
        assertThat(again.post("/sign-in/second-factor/recovery-code", Map.of("recoveryCode", code)).body())
                .contains("That recovery code is not right or has been used");
    }

    @Test
    void anAdminResetNeedsAReasonIsAuditedAndTheNextSignInSetsUpAnAppAgain() throws Exception {
        StaffAccount account = enrolled(Role.PARTNER);
        mvc.perform(post("/admin/staff/{id}/second-factor/reset", account.id()).param("reason", " ")
                        .with(staff.as("admin")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT enrolled_at IS NOT NULL FROM access.second_factor WHERE account_id = :id")
                .param("id", account.id()).query(Boolean.class).single()).as("no reason, no reset").isTrue();
        mvc.perform(post("/admin/staff/{id}/second-factor/reset", account.id()).param("reason", "Phone lost, call 0412")
                        .with(staff.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));
        mvc.perform(post("/admin/staff/{id}/second-factor/reset", account.id()).param("reason", "not mine to do")
                        .with(staff.as("officer")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'SECOND_FACTOR_RESET' AND subject_id = :id")
                .param("id", Long.toString(account.id())).query(String.class).list()).containsExactly("Phone lost, call 0412");

        WebSession session = new WebSession(port);
        session.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        assertThat(WebSession.location(session.get("/sign-in/second-factor"))).endsWith("/set-up");
    }

    @Test
    void aSessionWithOnlyThePasswordReachesNoPageAndTheApiRefusesAnAccountWithoutAnApp() throws Exception {
        StaffAccount account = staff.fresh(Role.ADMIN);
        WebSession session = new WebSession(port);
        session.signInWithPasswordOnly(account.username(), Staff.PASSWORD);
        for (String page : List.of("/", "/admin/staff", "/admin/audit", "/people")) {
            assertThat(WebSession.location(session.get(page))).as(page).endsWith("/sign-in/second-factor");
        }
        HttpResponse<String> api = apiCall(account.username(), null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("no second factor set up");
    }

    @Test
    void theApiNeedsTheCurrentCodeInAHeaderAndAcceptsItAgainWithinItsStep() throws Exception {
        StaffAccount account = enrolled(Role.ADMIN);
        HttpResponse<String> none = apiCall(account.username(), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("X-One-Time-Password");
        assertThat(apiCall(account.username(), wrongCode(account.username())).statusCode()).isEqualTo(401);
        String code = SecondFactor.currentCode(account.username());
        assertThat(apiCall(account.username(), code).statusCode()).isEqualTo(200);
        assertThat(apiCall(account.username(), code).statusCode()).isEqualTo(200);
        assertThat(auditActions(account.username())).contains("SECOND_FACTOR_FAILED");
    }

    @Test
    void theSessionIdChangesAtSignInSoAFixedSessionIsWorthNothing() {
        StaffAccount account = staff.fresh(Role.OFFICER);
        WebSession session = new WebSession(port);
        session.get("/sign-in");
        String beforePassword = session.sessionCookie();
        assertThat(beforePassword).isNotNull();
        session.signIn(account.username(), Staff.PASSWORD);
        String afterSecondFactor = session.sessionCookie();
        assertThat(afterSecondFactor).isNotEqualTo(beforePassword);
        assertThat(withOnlyTheCookie(beforePassword, "/").statusCode()).as("the fixed session is not signed in").isEqualTo(302);
    }

    @Test
    void sessionsAreKeptInPostgresSoAnotherNodeCanServeThem() {
        StaffAccount account = staff.fresh(Role.ANALYST);
        WebSession session = new WebSession(port).signIn(account.username(), Staff.PASSWORD);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM access.spring_session WHERE principal_name = :u")
                .param("u", account.username()).query(Integer.class).list())
                .as("one session row, with the 30-minute idle timeout").containsExactly(1800);
        HttpResponse<String> elsewhere = withOnlyTheCookie(session.sessionCookie(), "/");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).contains(account.displayName()).doesNotContain("Sign in to Safeguard");
    }

    private StaffAccount enrolled(Role role) {
        StaffAccount account = staff.fresh(role);
        SecondFactor.enrolDirectly(account.username());
        return account;
    }

    private static String wrongCode(String username) {
        long step = OneTimePasswords.stepAt(Instant.now());
        for (int guess = 0; ; guess++) {
            String candidate = String.format("%06d", guess);
            boolean nearNow = false;
            for (long s = step - 12; s <= step + 2; s++) {
                nearNow |= SecondFactor.codeAt(username, s).equals(candidate);
            }
            if (!nearNow) {
                return candidate;
            }
        }
    }

    private HttpResponse<String> apiCall(String username, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + Staff.PASSWORD).getBytes()));
        if (code != null) {
            request.header("X-One-Time-Password", code);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request from a client that has nothing but the cookie: another browser, or another node's view. */
    private HttpResponse<String> withOnlyTheCookie(String sessionId, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String secretShownOn(String page) {
        Matcher secret = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    private static List<String> recoveryCodesOn(String page) {
        return RECOVERY_CODE.matcher(page).results().map(found -> found.group(1)).toList();
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("SELECT action FROM audit.event WHERE username = :username ORDER BY seq")
                .param("username", username).query(String.class).list();
    }
}
