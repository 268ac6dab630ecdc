package org.safeguard.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reads a page as a browser would: MockMvc does not follow access's forward to the locked-down view, so a locked
 * record's forward is followed here with the decision it carries (the view answers 403, as it does in the service).
 */
final class PersonPageReads {

    private static final String LOCKED = "/access/locked";
    private static final String DECISION = "org.safeguard.access.web.LockedRecords.decision";

    private PersonPageReads() {
    }

    static MvcResult read(MockMvc mvc, MockHttpServletRequestBuilder request, RequestPostProcessor signedIn) throws Exception {
        MvcResult result = mvc.perform(request.with(signedIn).with(csrf())).andReturn();
        if (!LOCKED.equals(result.getResponse().getForwardedUrl())) {
            return result;
        }
        return mvc.perform(get(LOCKED).with(signedIn)
                .requestAttr(DECISION, result.getRequest().getAttribute(DECISION))).andReturn();
    }
}
