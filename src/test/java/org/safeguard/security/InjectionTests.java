package org.safeguard.security;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 7: every search field (each {@code @RequestParam} of every GET handler, and the fields of the
 * handlers that read a map of what was typed) given SQL injection and wildcard strings by a caller the matrix lets
 * in: never a server error, every table still there, and the known searches find no more than a search for
 * nonsense finds (a wildcard or an {@code OR '1'='1'} must not match every row).
 */
@SafeguardTest
class InjectionTests {

    static final List<String> ATTEMPTS = List.of("' OR '1'='1", "'; DROP TABLE identity.person;--", "%", "_", "\\",
            "x".repeat(5000));

    /** PostgreSQL refuses a NUL in text: typed into a search it must be refused as bad input, not break the page. */
    static final List<String> NUL = List.of("\u0000");

    private static final String NONSENSE = "zq-nothing-matches-this-qz";

    /**
     * The fields of handlers that take {@code @RequestParam Map<String, String>} (not visible in their signature). The
     * dashboard's pages read the same filter (DashboardQuery) as its tables' CSV, so only the CSV is tried (the pages
     * take a second or two each).
     */
    private static final Map<String, List<String>> TYPED_FIELDS = Map.of(
            "GET /incidents/history", List.of("callerPhone", "location", "postcode", "parties[0].givenName",
                    "parties[0].familyName", "parties[0].dateOfBirth", "person"),
            "GET /insight/tables/{chartId}.csv", List.of("period", "area", "agency", "risk"),
            "GET /offenders/orders", List.of("from", "to"));

    /** Searches whose results are rows: an attempt must find no more rows than nonsense does. */
    private static final Set<String> SEARCHES = Set.of("GET /incidents", "GET /incidents/history", "GET /api/v1/history",
            "GET /admin/audit", "GET /offenders", "GET /offenders.csv", "GET /marac/actions/overdue", "GET /briefings");

    private static final Pattern ROW = Pattern.compile("govuk-table__row|\"id\"\\s*:|\\r\\n");

    @Autowired
    ApplicationContext context;
    @Autowired
    EndpointCalls calls;
    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> injectionAndWildcardsInEverySearchFieldBreakNothingAndMatchNothing() {
        ExpectedAccess expected = ExpectedAccess.read();
        long tablesBefore = tables();
        Stream<DynamicTest> searches = Endpoints.of(context).stream()
                .filter(endpoint -> endpoint.method().equals("GET") && !fields(endpoint).isEmpty())
                .flatMap(endpoint -> {
                    Caller caller = expected.someoneLetIn(endpoint.key()).orElse(Caller.ANONYMOUS);
                    return Stream.of(
                            DynamicTest.dynamicTest(endpoint.key() + " " + fields(endpoint) + ": SQL and wildcards",
                                    () -> attempt(endpoint, caller, ATTEMPTS)),
                            DynamicTest.dynamicTest(endpoint.key() + " " + fields(endpoint) + ": a NUL character",
                                    () -> attempt(endpoint, caller, NUL)));
                });
        DynamicTest tablesStand = DynamicTest.dynamicTest("every table is still there", () -> {
            assertThat(jdbc.sql("select to_regclass('identity.person') is not null").query(Boolean.class).single()).isTrue();
            assertThat(tables()).isEqualTo(tablesBefore);
        });
        return Stream.concat(searches, Stream.of(tablesStand));
    }

    private void attempt(Endpoint endpoint, Caller caller, List<String> attempts) {
        List<String> broken = new ArrayList<>();
        for (String field : fields(endpoint)) {
            int nothing = SEARCHES.contains(endpoint.key()) ? rows(call(endpoint, caller, field, NONSENSE)) : -1;
            for (String attempt : attempts) {
                MockHttpServletResponse response = call(endpoint, caller, field, attempt);
                String shown = field + "=" + (attempt.length() > 20 ? attempt.substring(0, 20) + "…" : attempt);
                if (response.getStatus() >= 500) {
                    broken.add(shown + " → " + response.getStatus() + " " + String.valueOf(response.getHeader(EndpointCalls.BROKE)));
                } else if (nothing >= 0 && response.getStatus() == 200 && rows(response) > nothing) {
                    broken.add(shown + " found " + rows(response) + " rows where nonsense finds " + nothing);
                }
            }
        }
        assertThat(broken).as(endpoint + " as " + caller.name()).isEmpty();
    }

    private MockHttpServletResponse call(Endpoint endpoint, Caller caller, String field, String value) {
        return calls.perform(calls.request(endpoint, caller, true).param(field, value));
    }

    private static int rows(MockHttpServletResponse response) {
        try {
            Matcher rows = ROW.matcher(response.getContentAsString());
            int found = 0;
            while (rows.find()) {
                found++;
            }
            return found;
        } catch (java.io.UnsupportedEncodingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The named request parameters the handler reads, in order. */
    static List<String> fields(Endpoint endpoint) {
        Set<String> fields = new LinkedHashSet<>(TYPED_FIELDS.getOrDefault(endpoint.key(), List.of()));
        Method handler = endpoint.handler();
        if (handler != null) {
            Parameter[] parameters = handler.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                RequestParam named = parameters[i].getAnnotation(RequestParam.class);
                if (named == null || Map.class.isAssignableFrom(parameters[i].getType())) {
                    continue;
                }
                MethodParameter parameter = new MethodParameter(handler, i);
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = !named.name().isEmpty() ? named.name() : !named.value().isEmpty() ? named.value()
                        : parameter.getParameterName();
                fields.add(name);
            }
        }
        return List.copyOf(fields);
    }

    private long tables() {
        return jdbc.sql("select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")
                .query(Long.class).single();
    }
}
