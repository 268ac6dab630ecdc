package org.safeguard.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.safeguard.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 7 (session fixation): the session a browser had before signing in (one an attacker could have
 * planted) is replaced when the user signs in, and the old one reaches nothing.
 */
@SafeguardTest
class SessionFixationTests {

    @LocalServerPort
    int port;
    @Autowired
    Staff staff;

    @Test
    void signingInReplacesTheSessionSoAPlantedOneIsWorthNothing() throws Exception {
        String username = staff.fresh(Role.OFFICER).username();
        WebSession browser = new WebSession(port);
        browser.get("/sign-in");
        String planted = browser.sessionCookie();
        assertThat(planted).as("the sign-in page's form token needs a session").isNotNull();

        browser.signIn(username, Staff.PASSWORD);

        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(planted);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> withPlanted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base() + "/")).header("Cookie", "SESSION=" + planted).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withPlanted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(withPlanted)).endsWith("/sign-in");
    }
}
