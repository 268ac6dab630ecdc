package org.safeguard.intake;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need to know on the incident page (issue 10): a staff-involved party is a restricted record to an officer, with
 * what would name them (the caller, the summary) withheld, and shown in full to professional standards; the API
 * answers in full or not at all; who has seen the incident is for supervisors, specialists and professional standards.
 */
@SafeguardTest
class IncidentNeedToKnowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    RecordAccess access;

    @Test
    void aStaffInvolvedSuspectIsARestrictedRecordToAnOfficerAndShownInFullToProfessionalStandards() throws Exception {
        String suspectFamily = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(1)),
                null, "12 Orchard Close", Calls.unusedPostcode(),
                Calls.victim("Nina", Calls.unusedFamilyName(), LocalDate.of(1990, 4, 2)),
                Calls.suspect("Carl", suspectFamily, LocalDate.of(1988, 7, 9)), "PRIORITY"));
        long incidentId = file.incident().id();
        long suspect = file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
        access.restrict(suspect, Restriction.STAFF_INVOLVED, "The suspect is a serving officer", List.of());
        StaffAccount officer = staff.fresh(Role.OFFICER);

        mvc.perform(get("/incidents/{id}", incidentId).with(staff.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Restricted record"),
                        containsString("href=\"/people/" + suspect + "\""), not(containsString(suspectFamily)),
                        not(containsString("Caller says her partner pushed her.")),
                        not(containsString("Who has seen this record")))));
        mvc.perform(get("/api/v1/incidents/{id}", incidentId).with(staff.as(officer.username())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(suspectFamily))));
        mvc.perform(get("/incidents/{id}", incidentId).with(staff.as("professional.standards")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Carl " + suspectFamily),
                        containsString("Caller says her partner pushed her."),
                        containsString("Who has seen this record"))));
    }
}
