package org.safeguard.offender;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.safeguard.intake.IncidentFile;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The profile, staff-marking and 'right to know' pages: who reaches them, what a refusal and a bad form show. */
@SafeguardTest
class ProfilePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Perpetrators perpetrators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PromptEvents promptEvents;

    @Test
    void aRestrictedProfileTellsTheOfficerWhoCanOpenIt() throws Exception {
        String him = Calls.unusedFamilyName();
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Uma", Calls.unusedFamilyName(), "Vic", him, 1));
        mvc.perform(post("/offenders/" + suspect + "/staff").with(staff.as("professional.standards")).with(csrf())
                        .param("reason", "Serving detective"))
                .andExpect(redirectedUrl("/offenders/" + suspect));

        mvc.perform(get("/offenders/" + suspect).with(staff.as("officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(
                        containsString("This record is restricted: only professional standards and the specialist team can open it"),
                        not(containsString(him)))));
        mvc.perform(get("/offenders/" + suspect).with(staff.as("professional.standards")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vic " + him), containsString("Member of staff"),
                        containsString("Serving detective"))));
    }

    @Test
    void markingStaffWithoutAReasonShowsTheErrorAndSavesNothing() throws Exception {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Wyn", Calls.unusedFamilyName(), "Xan",
                Calls.unusedFamilyName(), 1));

        mvc.perform(post("/offenders/" + suspect + "/staff").with(staff.as("specialist")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why this person&#39;s records are restricted")));
        mvc.perform(get("/offenders/" + suspect).with(staff.as("officer"))).andExpect(status().isOk());
    }

    @Test
    void onlyTheRolesThatReadPerpetratorsOpenAProfile() throws Exception {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Yan", Calls.unusedFamilyName(), "Zed",
                Calls.unusedFamilyName(), 1));

        mvc.perform(get("/offenders/" + suspect).with(staff.as("idva"))).andExpect(status().isForbidden());
        mvc.perform(get("/offenders/" + suspect).with(staff.as("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/offenders/not-a-number").with(staff.as("supervisor"))).andExpect(status().isNotFound());
    }

    @Test
    void aPromptDecidedWithoutAReasonComesBackWithTheErrorAndStaysOpen() throws Exception {
        String him = Calls.unusedFamilyName();
        String area = "Prompt page " + him;
        long perpetrator = Perpetrator.suspect(Perpetrator.incident(calls, "Abi", Calls.unusedFamilyName(), "Bo", him, 100));
        try {
            String partner = Calls.unusedFamilyName();
            IncidentFile withNewPartner = Perpetrator.incident(calls, "Cy", partner, "Bo", him, 0);
            Perpetrator.atTheTopOnceCounted(jdbc, perpetrator, 2, area);
            promptEvents.promptFor(Perpetrator.recordedEvent(withNewPartner));
            DisclosurePrompt prompt = Eventually.found(() -> calls.as("specialist", () -> perpetrators.openPrompts()).stream()
                    .filter(p -> p.victimId() == Perpetrator.victim(withNewPartner)).findFirst());

            mvc.perform(get("/offenders/prompts").with(staff.as("specialist")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Cy " + partner), containsString("Right to know ("),
                            containsString(withNewPartner.incident().reference()))));
            mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("specialist")).with(csrf())
                            .param("decision", "REFER").param("reason", " ").param("version", Integer.toString(prompt.version())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter the reason for the decision")));
            mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("specialist")).with(csrf())
                            .param("decision", "NOT_NEEDED").param("reason", "Partner already told by the IDVA")
                            .param("version", Integer.toString(prompt.version())))
                    .andExpect(redirectedUrl("/offenders/prompts"));
            mvc.perform(get("/offenders/prompts").with(staff.as("specialist")))
                    .andExpect(content().string(not(containsString("Cy " + partner))));
            mvc.perform(get("/offenders/prompts").with(staff.as("officer"))).andExpect(status().isForbidden());
        } finally {
            Perpetrator.offTheList(jdbc, area);
        }
    }
}
