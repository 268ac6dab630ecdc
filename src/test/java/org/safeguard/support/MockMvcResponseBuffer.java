package org.safeguard.support;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * MockMvc's response commits after 4 KB, and Spring Session will not create a session once the response is
 * committed; a page's CSRF token is made (and stored in the session) when its first form is rendered. A signed-in
 * browser always has its session already, but {@code Staff.as(...)} requests have none, so a long page with a form
 * failed. A larger buffer lets the token be made where a real request would find the session.
 */
@Component
class MockMvcResponseBuffer implements MockMvcBuilderCustomizer {

    private static final int FOUR_MEGABYTES = 4 << 20;

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.addFilters((request, response, chain) -> {
            response.setBufferSize(FOUR_MEGABYTES);
            chain.doFilter(request, response);
        });
    }
}
