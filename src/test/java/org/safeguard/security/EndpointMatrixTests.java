package org.safeguard.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 10, item 7: every endpoint called as every role and as nobody, against the expected allow or deny
 * in {@code security/endpoints.csv}. A new endpoint without a row fails (its observed row is printed, to be
 * reviewed before pasting), so does a row whose endpoint is gone, an outcome that differs, and a server error.
 * Every observed row is also written to {@code target/security/endpoints.observed.csv}.
 */
@SafeguardTest
class EndpointMatrixTests {

    private static final Path OBSERVED = Path.of("target", "security", "endpoints.observed.csv");
    private static final long SLOW_MILLIS = 1000;
    /** The error page called directly has no error to show, so it answers 500 by design. */
    private static final String ERROR_PAGE = "/error";

    @Autowired
    ApplicationContext context;
    @Autowired
    EndpointCalls calls;

    @TestFactory
    Stream<DynamicTest> everyEndpointLetsInExactlyTheCallersItsRowNames() {
        List<Endpoint> endpoints = Endpoints.of(context);
        ExpectedAccess expected = ExpectedAccess.read();
        Map<String, String> observed = new TreeMap<>();
        Stream<DynamicTest> each = endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.key(),
                () -> check(endpoint, expected, observed)));
        DynamicTest noneGone = DynamicTest.dynamicTest("every row names an endpoint that still exists", () -> {
            writeObserved(observed);
            Set<String> present = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
            List<String> gone = new ArrayList<>();
            expected.rows().forEach(row -> {
                if (!present.contains(row.endpoint())) {
                    gone.add("line " + row.line() + ": " + row.endpoint());
                }
            });
            assertThat(gone).as("rows of " + ExpectedAccess.RESOURCE + " whose endpoint no longer exists").isEmpty();
        });
        return Stream.concat(each, Stream.of(noneGone));
    }

    private void check(Endpoint endpoint, ExpectedAccess expected, Map<String, String> observed) {
        List<Caller> callers = Caller.all();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        long slowest = 0;
        for (Caller caller : callers) {
            long started = System.nanoTime();
            MockHttpServletResponse response = calls.call(endpoint, caller);
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            Outcome outcome = Outcome.of(response);
            if (outcome == Outcome.SERVER_ERROR && !endpoint.pattern().equals(ERROR_PAGE)) {
                broken.add(caller.name() + " got " + response.getStatus() + " " + String.valueOf(response.getHeader(EndpointCalls.BROKE)));
            }
            outcomes.add(outcome == Outcome.SERVER_ERROR ? Outcome.ALLOW : outcome);
        }
        ExpectedAccess.Row row = expected.row(endpoint.key());
        String comment = row != null ? row.comment() : slowest > SLOW_MILLIS ? "slow: " + slowest + " ms" : "";
        String line = ExpectedAccess.line(endpoint.key(), outcomes, comment);
        observed.put(endpoint.key(), line);
        assertThat(broken).as(endpoint.key() + ": a server error is a bug whoever calls").isEmpty();
        if (row == null) {
            fail(endpoint.key() + " has no row in " + ExpectedAccess.RESOURCE + ". Observed (REVIEW BEFORE PASTING):\n" + line);
        }
        List<String> differences = new ArrayList<>();
        for (int column = 0; column < callers.size(); column++) {
            if (row.expectedFor(column) != outcomes.get(column)) {
                differences.add(callers.get(column).name() + " expected " + row.expectedFor(column).written() + " but was "
                        + outcomes.get(column).written());
            }
        }
        assertThat(differences).as(endpoint.key() + " (line " + row.line() + "); observed:\n" + line).isEmpty();
    }

    private static void writeObserved(Map<String, String> observed) throws IOException {
        Files.createDirectories(OBSERVED.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(ExpectedAccess.header(Caller.all()));
        lines.addAll(observed.values());
        Files.write(OBSERVED, lines);
    }
}
