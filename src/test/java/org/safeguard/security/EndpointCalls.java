package org.safeguard.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Calls an endpoint as a caller with the least input that reaches its handler: path variables filled
 * ({@link Endpoints#path}), no parameters, an empty JSON object for an API write, a CSRF token for a page's
 * write unless the test leaves it out on purpose.
 */
@Component
class EndpointCalls {

    /** On a response made up for a handler that threw past every error page: what it threw. */
    static final String BROKE = "X-Test-Broke";

    private final MockMvc mvc;
    private final RoleAccounts accounts;

    EndpointCalls(MockMvc mvc, RoleAccounts accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    MockHttpServletRequestBuilder request(Endpoint endpoint, Caller caller, boolean withCsrfToken) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), Endpoints.path(endpoint));
        String input = Endpoints.INPUTS.get(endpoint.key());
        if (endpoint.writes() && endpoint.api()) {
            request.contentType(MediaType.APPLICATION_JSON).content(input == null ? "{}" : input);
        } else if (input != null) {
            for (String field : input.split("&")) {
                String[] nameAndValue = field.split("=", 2);
                request.param(nameAndValue[0], nameAndValue[1]);
            }
        }
        if (endpoint.writes() && !endpoint.api() && withCsrfToken) {
            request.with(csrf());
        }
        if (!caller.anonymous()) {
            request.with(accounts.as(caller.role()));
        }
        return request;
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception broke) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.addHeader(BROKE, broke.toString());
            return failed;
        }
    }

    MockHttpServletResponse call(Endpoint endpoint, Caller caller) {
        return perform(request(endpoint, caller, true));
    }
}
