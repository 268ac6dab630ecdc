package org.safeguard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session over real HTTP, without a browser: cookies, the form token taken from
 * the last page, no following of redirects. For what only the real server does (error pages,
 * forwards); {@code MockMvc} covers the rest.
 */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The session cookie's value now (null before the service made a session). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Signs in with the password and then the second factor (setting up the app at the first sign-in). */
    public WebSession signIn(String username, String password) {
        HttpResponse<String> afterPassword = signInWithPasswordOnly(username, password);
        if (!location(afterPassword).endsWith("/sign-in/second-factor")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + afterPassword.headers().map());
        }
        HttpResponse<String> step = get("/sign-in/second-factor");
        HttpResponse<String> done;
        if (location(step).endsWith("/sign-in/second-factor/set-up")) {
            SecondFactor.rememberFromSetUpPage(username, get("/sign-in/second-factor/set-up").body());
            HttpResponse<String> codes = post("/sign-in/second-factor/set-up", Map.of("code", SecondFactor.freshCode(username)));
            if (!codes.body().contains("recovery-codes")) {
                throw new IllegalStateException("setting up the app of " + username + " failed: " + codes.body());
            }
            done = get("/sign-in/continue");
        } else {
            if (!SecondFactor.knows(username)) {
                SecondFactor.enrolDirectly(username);
            }
            done = post("/sign-in/second-factor", Map.of("code", SecondFactor.freshCode(username)));
        }
        if (location(done).contains("sign-in")) {
            throw new IllegalStateException("the second factor of " + username + " failed: " + done.headers().map());
        }
        get("/");
        return this;
    }

    /** The first step only: the password form, leaving the second factor due. */
    public HttpResponse<String> signInWithPasswordOnly(String username, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", username, "password", password));
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts the form with the token from the last page, as a browser would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        return postWithoutToken(path, form);
    }

    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
