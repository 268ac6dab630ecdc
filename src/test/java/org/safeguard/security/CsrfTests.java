package org.safeguard.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 7: every write a page can make (POST, PUT, DELETE outside the JSON API), sent by a caller
 * the matrix lets in but without the CSRF token, is refused with 403 before any handler runs, so nothing changed.
 * (The JSON API takes no cookie and only {@code application/json}, which no cross-site form can send.)
 */
@SafeguardTest
class CsrfTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    EndpointCalls calls;
    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> aPageWriteWithoutItsCsrfTokenIsRefusedAndReachesNoHandler() {
        ExpectedAccess expected = ExpectedAccess.read();
        return Endpoints.of(context).stream()
                .filter(endpoint -> endpoint.writes() && !endpoint.api())
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
                    Caller caller = expected.someoneLetIn(endpoint.key()).orElse(Caller.ANONYMOUS);
                    MvcResult result = mvc.perform(calls.request(endpoint, caller, false)).andReturn();
                    assertThat(result.getResponse().getStatus()).as(endpoint + " as " + caller.name() + " without a CSRF token")
                            .isEqualTo(403);
                    assertThat(result.getHandler()).as(endpoint + ": no handler may run without the token").isNull();
                }));
    }
}
