package org.safeguard.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.RequestMethodsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running service answers: each handler method of every request-mapping handler mapping
 * (the controllers, the error controller and the actuator's), an HTTP method per mapped method (a mapping
 * naming none counts as GET and POST), plus what Spring Security's filters answer themselves.
 */
final class Endpoints {

    /** Answered by filters, not controllers: posting the sign-in form and signing out. */
    private static final List<Endpoint> FILTERS = List.of(
            new Endpoint("POST", "/sign-in", null),
            new Endpoint("POST", "/sign-out", null));

    /** Values that reach the handler for path variables that are not ids; any other variable gets an unused id. */
    private static final Map<String, String> TOKENS = Map.of(
            "code", "DASH",
            "version", "1",
            "area", "North",
            "sectionId", "incidents",
            "chartId", "incidents-by-area",
            "page", "1",
            "type", "CASE");

    /** The tests' own controllers (pages that fail on purpose) are not the product's endpoints. */
    private static final String TEST_SUPPORT = "org.safeguard.support";

    static final String UNUSED_ID = "999999999";

    /**
     * For handlers that check their input before the facade checks the caller: the least input that gets past
     * the controller, so the matrix sees the role gate (form fields for a page, the JSON body for the API).
     */
    static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("POST /people/links/{linkId}/unlink", "personId=" + UNUSED_ID),
            Map.entry("POST /incidents/{incidentId}/risk-assessments", "victimId=" + UNUSED_ID),
            Map.entry("POST /incidents/{id}/offences", "offence=HARASSMENT"),
            Map.entry("POST /incidents/{id}/offences/outcome", "outcomeOffence=HARASSMENT&outcome=CHARGE_OR_SUMMONS"),
            // A Tuesday: the facade checks the caller, then refuses it (a Monday would draw a real sample).
            Map.entry("POST /risk/dip-samples", "weekStart=17/11/2026"),
            Map.entry("POST /api/v1/incidents/{incidentId}/risk-assessments", "{\"victimId\": " + UNUSED_ID + "}"),
            Map.entry("PUT /api/v1/risk-assessments/{id}", "{\"version\": 0}"));

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z]+)(?::([^}]*))?}");

    private Endpoints() {
    }

    static List<Endpoint> of(ApplicationContext context) {
        Map<String, Endpoint> found = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                if (entry.getValue().getBeanType().getPackageName().startsWith(TEST_SUPPORT)) {
                    continue;
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (String method : methods(entry.getKey().getMethodsCondition())) {
                        Endpoint endpoint = new Endpoint(method, pattern, entry.getValue().getMethod());
                        found.putIfAbsent(endpoint.key(), endpoint);
                    }
                }
            }
        }
        FILTERS.forEach(endpoint -> found.putIfAbsent(endpoint.key(), endpoint));
        return found.values().stream().sorted().toList();
    }

    private static Set<String> methods(RequestMethodsRequestCondition condition) {
        if (condition.getMethods().isEmpty()) {
            return Set.of("GET", "POST");
        }
        return condition.getMethods().stream().map(RequestMethod::name).collect(java.util.stream.Collectors.toSet());
    }

    /** The pattern as a path the handler is reached by: ids nobody has, real tokens for the rest, no wildcards. */
    static String path(Endpoint endpoint) {
        Matcher variables = VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String choices = variables.group(2);
            String value = choices != null && !choices.startsWith("\\") && !choices.startsWith("[")
                    ? choices.split("\\|")[0] : TOKENS.getOrDefault(name, UNUSED_ID);
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        String filled = path.toString().replace("/**", "").replace("/*", "/x");
        return filled.isEmpty() ? "/" : filled;
    }
}
