package org.safeguard.security;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 10 (need to know): another agency's partner and an IDVA who is not assigned see only that a victim's case
 * exists (the locked view, 403, no name); the police incident is refused to a partner; the victim's SPOC reads it.
 */
@SafeguardTest
class CrossAgencyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    RoleAccounts accounts;
    @Autowired
    VictimCases victims;

    @Test
    void aPartnerOfAnotherAgencyAndAnUnassignedIdvaSeeOnlyThatTheCaseExists() throws Exception {
        VictimCases.Opened opened = victims.opened();
        String casePage = "/cases/" + opened.victimCase().id();

        for (Role outsider : new Role[] {Role.PARTNER, Role.IDVA, Role.ANALYST, Role.ADMIN}) {
            MockHttpServletResponse locked = read(casePage, accounts.as(outsider));
            assertThat(locked.getStatus()).as(outsider + " on another's victim's case").isEqualTo(403);
            assertThat(locked.getContentAsString()).as(outsider + " sees no name").doesNotContain(opened.givenName());
        }
        MockHttpServletResponse spoc = read(casePage, staff.as(opened.victimCase().spoc().username()));
        assertThat(spoc.getStatus()).isEqualTo(200);
        assertThat(spoc.getContentAsString()).contains(opened.givenName());
    }

    @Test
    void aPartnerCannotReadAPoliceIncidentByItsNumber() throws Exception {
        VictimCases.Opened opened = victims.opened();
        long incident = opened.incident().incident().id();

        for (String path : new String[] {"/incidents/" + incident, "/api/v1/incidents/" + incident}) {
            MockHttpServletResponse refused = read(path, accounts.as(Role.PARTNER));
            assertThat(refused.getStatus()).as(path).isEqualTo(403);
            assertThat(refused.getContentAsString()).as(path).doesNotContain(opened.givenName());
        }
    }

    private MockHttpServletResponse read(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andReturn().getResponse();
    }
}
