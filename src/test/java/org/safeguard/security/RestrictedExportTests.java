package org.safeguard.security;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.identity.ConfidentialKind;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.PersonRecords;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 10, item 2: a refuge address is shown to the victim's SPOC and never printed or exported: the neighbourhood
 * briefing and every CSV a user can download leave out its first line and its postcode.
 */
@SafeguardTest
class RestrictedExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    RoleAccounts accounts;
    @Autowired
    VictimCases victims;

    @Test
    void aRefugeAddressIsNeverInTheBriefingOrAnyCsvButTheSpocSeesIt() throws Exception {
        VictimCases.Opened high = victims.highRisk();
        String spoc = high.victimCase().spoc().username();
        String line = "Refuge House " + Calls.unusedFamilyName();
        String postcode = Calls.unusedPostcode();
        calls.as(spoc, () -> {
            people.recordConfidentialAddress(high.victimCase().victimId(), new NewAddress(line, null, "Testtown", postcode, null),
                    ConfidentialKind.REFUGE, "She has moved to a refuge");
            return null;
        });
        RequestPostProcessor specialist = staff.as("specialist");
        assertThat(body("/briefings/" + high.victimCase().area(), specialist)).as("the briefing lists the victim")
                .contains(high.victimCase().area());
        for (String export : new String[] {"/briefings/" + high.victimCase().area(), "/offenders.csv", "/marac/returns.csv",
                "/insight/tables/incidents-by-area.csv"}) {
            assertThat(body(export, specialist)).as(export).doesNotContain(line).doesNotContain(postcode);
        }
        String activity = body("/activity.csv?user=" + spoc, accounts.as(Role.PROFESSIONAL_STANDARDS));
        assertThat(activity).as("the SPOC's activity report").doesNotContain(line).doesNotContain(postcode);

        assertThat(body("/people/" + high.victimCase().victimId(), staff.as(spoc))).as("the SPOC sees it").contains(line);
    }

    private String body(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andReturn().getResponse().getContentAsString();
    }
}
