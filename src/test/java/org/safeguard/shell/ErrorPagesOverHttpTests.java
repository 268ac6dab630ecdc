package org.safeguard.shell;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.SecondFactor;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2: GOV.UK error pages and problem JSON as the real server sends them (the container's error
 * handling does not run under MockMvc). None ever shows a stack trace or an exception's message.
 */
@SafeguardTest
class ErrorPagesOverHttpTests {

    private static final String DEMO_PASSWORD = "Demo-Password-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownPageGetsTheGovukNotFoundPage() {
        HttpResponse<String> page = new WebSession(port).signIn("officer", DEMO_PASSWORD).get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found", "govuk-template", "Signed in as");
    }

    @Test
    void aPageTheRoleMayNotSeeGetsTheGovukForbiddenPage() {
        HttpResponse<String> page = new WebSession(port).signIn("officer", DEMO_PASSWORD).get("/admin/staff");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this page").doesNotContain("Jamie Fenwick");
    }

    @Test
    void aFormSentWithoutItsTokenIsExplainedAndChangesNothing() {
        long agencies = jdbc.sql("SELECT count(*) FROM access.agency").query(Long.class).single();
        WebSession admin = new WebSession(port).signIn("admin", DEMO_PASSWORD);
        HttpResponse<String> page = admin.postWithoutToken("/admin/organisation/agencies",
                Map.of("name", "Tokenless", "code", "TOKENLESS", "kind", "HOUSING"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("This form has expired", "Nothing was saved");
        assertThat(jdbc.sql("SELECT count(*) FROM access.agency").query(Long.class).single()).isEqualTo(agencies);
    }

    @Test
    void aMalformedAddressOrMissingFieldGetsTheGovukBadRequestPage() {
        WebSession admin = new WebSession(port).signIn("admin", DEMO_PASSWORD);
        admin.get("/admin/staff");
        HttpResponse<String> notANumber = admin.post("/admin/staff/not-a-number/enabled", Map.of("enabled", "true", "version", "0"));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("There is a problem with the request", "Nothing was changed");
        HttpResponse<String> missing = admin.post("/admin/staff/1/enabled", Map.of("enabled", "yes-please"));
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    @Test
    void aFailureShowsTheGovukProblemPageAndNoDetails() {
        HttpResponse<String> page = new WebSession(port).signIn("officer", DEMO_PASSWORD).get("/test-support/failure");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Sorry, there is a problem with the service")
                .doesNotContain("secret-detail", "Exception", "at org.");
    }

    @Test
    void anApiFailureGetsProblemJsonWithoutDetails() {
        HttpResponse<String> response = api("GET", "/api/v1/test-support/failure", "officer", null, null);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("secret-detail", "Exception");
    }

    @Test
    void anUnknownApiAddressGetsProblemJson() {
        HttpResponse<String> response = api("GET", "/api/v1/no-such-thing", "admin", null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"instance\":\"/api/v1/no-such-thing\"");
    }

    @Test
    void aBodyOfAnotherContentTypeGetsProblemJson() {
        HttpResponse<String> response = api("POST", "/api/v1/agencies", "admin", "text/plain", "code=X");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Send the request body as application/json.");
    }

    private HttpResponse<String> api(String method, String path, String username, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes()))
                .header("X-One-Time-Password", SecondFactor.apiCodeFor(username))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new WebSession(port).send(request.build());
    }
}
