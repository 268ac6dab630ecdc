package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Record linkage in the history panel: a person typed with a short form of the given name shows
 * the known record that may be them, how likely, and why.
 */
@SafeguardTest
class PossibleMatchesPanelTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;

    @Test
    void aPersonTypedDifferentlyShowsTheRecordThatMayBeThemWithThePercentAndTheReasons() throws Exception {
        String family = Calls.unusedFamilyName();
        calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(10)), null, "9 Ash Grove",
                Calls.unusedPostcode(), Calls.victim("Jonathan", family, LocalDate.of(1985, 3, 4)),
                Calls.suspect("Lee", "Tester", null), "PRIORITY"));

        String panel = mvc.perform(get("/incidents/history").with(staff.as("call.handler"))
                        .param("parties[0].givenName", "Jon").param("parties[0].familyName", family)
                        .param("parties[0].dateOfBirth", "4/3/1985"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(panel).contains("Possible matches for the person typed", "Jonathan " + family, "4 Mar 1985");
        String matches = panel.substring(panel.indexOf("data-testid=\"possible-matches\""));
        assertThat(matches).containsPattern("\\d{1,3}% match").contains(" · ");
    }
}
