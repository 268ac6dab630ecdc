package org.safeguard.offender;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;



import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.IncidentFile;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.offender.store.PromptStore;
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
    PromptStore promptStore;
    @Autowired
    StaffMarks staffInvolvement;
    @Autowired
    Programmes programmes;

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
    void anIncidentPageLinksEachSuspectToTheirProfileForThoseWhoReadProfilesAndNotForACallHandler() throws Exception {
        String him = Calls.unusedFamilyName();
        IncidentFile file = Perpetrator.incident(calls, "Ada", Calls.unusedFamilyName(), "Ben", him, 1);
        long suspect = Perpetrator.suspect(file);
        String incidentPage = "/incidents/" + file.incident().id();

        mvc.perform(get(incidentPage).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Suspects</h2>"),
                        containsString("href=\"/offenders/" + suspect + "\">Perpetrator profile</a>"))));
        mvc.perform(get(incidentPage).with(staff.as("call.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(">Suspects</h2>")), not(containsString("Perpetrator profile")))));

        staffInvolvement.mark(suspect, "Serving officer", "specialist", java.time.Instant.now());
        mvc.perform(get(incidentPage).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Suspects</h2>"), containsString(">Restricted record</dt>"),
                        not(containsString("href=\"/offenders/" + suspect + "\"")))));
        mvc.perform(get(incidentPage).with(staff.as("specialist")))
                .andExpect(content().string(containsString("href=\"/offenders/" + suspect + "\">Perpetrator profile</a>")));
    }

    @Test
    void theProfileShowsTheScoreAsTheListDoesAndAReferralsStatusInWords() throws Exception {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Cal", Calls.unusedFamilyName(), "Dex",
                Calls.unusedFamilyName(), 1));
        Perpetrator.counted(jdbc, suspect, 1);
        Map<SuitabilityFactor, Rating> ratings = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            ratings.put(factor, Rating.MEDIUM);
        }
        calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(suspect, "Change programme", ratings, null)));

        mvc.perform(get("/offenders/" + suspect).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Score 5: recency 5"), not(containsString("Score 5.00")),
                        containsString(">Change programme</a>"), containsString(", referred "), containsString("(open)"))));
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
    void aPromptDecidedWithoutAReasonComesBackWithTheErrorAndStaysOpenAndOneDecidedFirstBySomeoneElseSaysSo() throws Exception {
        String him = Calls.unusedFamilyName();
        long perpetrator = Perpetrator.suspect(Perpetrator.incident(calls, "Abi", Calls.unusedFamilyName(), "Bo", him, 100));
        String partner = Calls.unusedFamilyName();
        IncidentFile withNewPartner = Perpetrator.incident(calls, "Cy", partner, "Bo", him, 0);
        Perpetrator.prompted(promptStore, perpetrator, withNewPartner);
        DisclosurePrompt prompt = Eventually.found(() -> calls.as("specialist", () -> perpetrators.openPrompts()).stream()
                .filter(p -> p.victimId() == Perpetrator.victim(withNewPartner)).findFirst());

        mvc.perform(get("/offenders/prompts").with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cy " + partner), containsString("Right to know ("),
                        containsString(withNewPartner.incident().reference()),
                        containsString("Decision<span class=\"govuk-visually-hidden\"> about Bo " + him + " and Cy " + partner
                                + "</span>"))));
        // Supervisors decide prompts too: the link is in their navigation.
        mvc.perform(get("/offenders").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/offenders/prompts\"")));
        mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("specialist")).with(csrf())
                        .param("reason", "").param("version", Integer.toString(prompt.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-describedby=\"decision-error\""),
                        containsString("aria-describedby=\"reason-error\""), containsString("id=\"decision-error\""))));
        mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("specialist")).with(csrf())
                        .param("decision", "REFER").param("reason", " ").param("version", Integer.toString(prompt.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason for the decision")));
        mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("specialist")).with(csrf())
                        .param("decision", "NOT_NEEDED").param("reason", "Partner already told by the IDVA")
                        .param("version", Integer.toString(prompt.version())))
                .andExpect(redirectedUrl("/offenders/prompts"));
        mvc.perform(post("/offenders/prompts/" + prompt.id()).with(staff.as("supervisor")).with(csrf())
                        .param("decision", "REFER").param("reason", "Two earlier partners")
                        .param("version", Integer.toString(prompt.version())))
                .andExpect(redirectedUrl("/offenders/prompts"))
                .andExpect(flash().attribute("conflict", allOf(startsWith("Someone else decided this prompt first ("),
                        endsWith(": No disclosure needed). Your decision has not been saved."))));
        mvc.perform(get("/offenders/prompts").with(staff.as("specialist")))
                .andExpect(content().string(not(containsString("Cy " + partner))));
        mvc.perform(get("/offenders/prompts").with(staff.as("officer"))).andExpect(status().isForbidden());
    }
}
