package org.safeguard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safeguard.access.rules.Base32;
import org.safeguard.access.rules.OneTimePasswords;

/**
 * A person's browser session against the service this process serves, without a browser: signs in through the
 * sign-in form (with its form token) and the second factor, and keeps the session cookie, so pages go through the whole web layer —
 * security, controllers, templates — as they do for a person.
 */
final class SignedInBrowser {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    private final HttpClient http;
    private final String base;

    private SignedInBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Signs in as {@code username}, then gives the second factor: sets up an authenticator app as a person would
     * (reading the key from the set-up page). An account whose app was set up before has a key nobody here knows,
     * so {@code resetSecondFactor} is run (an audited ADMIN reset) and the app set up again.
     * {@code IllegalStateException} when the service does not let them in.
     */
    static SignedInBrowser signIn(int port, String username, String password, Runnable resetSecondFactor) {
        SignedInBrowser browser = new SignedInBrowser(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> signedIn = browser.post("/sign-in", browser.get("/sign-in").body(), form);
        String to = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !to.endsWith("/sign-in/second-factor")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + signedIn.statusCode() + " " + to);
        }
        if (!browser.get("/sign-in/second-factor").headers().firstValue("Location").orElse("").endsWith("/set-up")) {
            resetSecondFactor.run();
        }
        String setUp = browser.get("/sign-in/second-factor/set-up").body();
        Matcher key = SECRET.matcher(setUp);
        if (!key.find()) {
            throw new IllegalStateException("the second-factor set-up page of " + username + " shows no key");
        }
        String code = OneTimePasswords.sixDigits().codeFor(Base32.decode(key.group(1)), OneTimePasswords.stepAt(Instant.now()));
        HttpResponse<String> enrolled = browser.post("/sign-in/second-factor/set-up", setUp, Map.of("code", code));
        if (!enrolled.body().contains("recovery-codes")) {
            throw new IllegalStateException("setting up the second factor of " + username + " failed");
        }
        return browser;
    }

    private HttpResponse<String> post(String path, String pageWithForm, Map<String, String> fields) {
        Matcher token = FORM_TOKEN.matcher(pageWithForm);
        if (!token.find()) {
            throw new IllegalStateException("the page before " + path + " has no form token");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build());
    }

    /** The page at {@code pathAndQuery}, its body read whole (as a browser must before showing it). */
    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofMinutes(2)).GET().build());
    }

    /** {@code name=value&…} with both encoded, as a link or a form writes them. */
    static String encoded(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
