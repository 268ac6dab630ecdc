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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session against the service this process serves, without a browser: signs in through the
 * sign-in form (with its form token) and keeps the session cookie, so pages go through the whole web layer —
 * security, controllers, templates — as they do for a person.
 */
final class SignedInBrowser {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private SignedInBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in as {@code username}; {@code IllegalStateException} when the service does not let them in. */
    static SignedInBrowser signIn(int port, String username, String password) {
        SignedInBrowser browser = new SignedInBrowser(port);
        Matcher token = FORM_TOKEN.matcher(browser.get("/sign-in").body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no form token");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build());
        String to = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || to.contains("error") || to.contains("sign-in")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + signedIn.statusCode() + " " + to);
        }
        return browser;
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
