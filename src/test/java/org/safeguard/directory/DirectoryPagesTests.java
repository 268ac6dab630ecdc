package org.safeguard.directory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The directory's pages: every member of staff reads it; administrators add and change services, with GOV.UK errors. */
@SafeguardTest
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    ServiceDirectory directory;

    @Test
    void everyMemberOfStaffSeesThePartnerServicesByKind() throws Exception {
        mvc.perform(get("/directory").with(staff.as("call.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Partner services"), containsString("Demo IDVA Service"),
                        containsString("Children&#39;s services (MASH)"), containsString("Stevenage, Hitchin, Letchworth Garden City"),
                        containsString("24 hours"))));
    }

    @Test
    void onlyAnAdministratorOpensTheFormToAddAService() throws Exception {
        mvc.perform(get("/directory/new").with(staff.as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/new").with(staff.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a partner service")));
    }

    @Test
    void aServiceTypedWithoutItsDetailsComesBackWithTheGovUkErrorSummary() throws Exception {
        mvc.perform(post("/directory").with(staff.as("admin")).with(csrf())
                        .param("code", "ok-code").param("name", "").param("kind", "").param("slaHours", "nine"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter the service&#39;s name"), containsString("Select what kind of service it is"),
                        containsString("Enter how many hours it takes to answer a referral"), containsString("ok-code"))));
    }

    @Test
    void anAdministratorAddsAServiceAndChangesIt() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/directory").with(staff.as("admin")).with(csrf())
                        .param("code", code).param("name", "Test Sanctuary " + code).param("kind", "HOUSING")
                        .param("agencyCode", "HOUSING").param("areas", "Ely, Wisbech").param("offers", "Target hardening")
                        .param("referralRoute", "Through Safeguard").param("hours", "Weekdays").param("slaHours", "48"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/directory"));
        PartnerService added = directory.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();

        mvc.perform(get("/directory/" + added.id()).with(staff.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ely\nWisbech")));
        mvc.perform(post("/directory/" + added.id()).with(staff.as("admin")).with(csrf())
                        .param("version", Integer.toString(added.version())).param("code", code)
                        .param("name", "Test Sanctuary renamed").param("kind", "HOUSING").param("agencyCode", "HOUSING")
                        .param("areas", "Ely").param("offers", "Target hardening").param("referralRoute", "Through Safeguard")
                        .param("hours", "Weekdays").param("slaHours", "24").param("active", "true"))
                .andExpect(status().is3xxRedirection());

        PartnerService changed = directory.find(added.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(changed.name()).isEqualTo("Test Sanctuary renamed");
        org.assertj.core.api.Assertions.assertThat(changed.areas()).containsExactly("Ely");
    }

    @Test
    void anAdministratorRecordsAServicesFullTimeWorkersAndTheDirectoryShowsThem() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/directory").with(staff.as("admin")).with(csrf())
                        .param("code", code).param("name", "Test IDVA " + code).param("kind", "IDVA")
                        .param("agencyCode", "IDVA_SERVICE").param("areas", "Ely").param("offers", "Advocacy")
                        .param("referralRoute", "Through Safeguard").param("hours", "Weekdays").param("slaHours", "24")
                        .param("fullTimeWorkers", "6.5"))
                .andExpect(status().is3xxRedirection());
        PartnerService added = directory.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();

        org.assertj.core.api.Assertions.assertThat(added.fullTimeWorkers()).isEqualByComparingTo("6.5");
        mvc.perform(get("/directory/" + added.id()).with(staff.as("admin")))
                .andExpect(content().string(containsString("name=\"fullTimeWorkers\" type=\"text\" value=\"6.5\"")));
        mvc.perform(get("/directory").with(staff.as("officer")))
                .andExpect(content().string(containsString("data-testid=\"full-time-workers\">6.5</td>")));
    }

    @Test
    void fullTimeWorkersThatAreNotANumberNegativeOrOver500ComeBackWithTheGovUkErrorSummaryAndNothingChanges() throws Exception {
        PartnerService idva = directory.all().stream().filter(s -> s.code().equals("IDVA")).findFirst().orElseThrow();
        for (String typed : new String[]{"lots", "-2", "500.5"}) {
            mvc.perform(post("/directory/" + idva.id()).with(staff.as("admin")).with(csrf())
                            .param("version", Integer.toString(idva.version())).param("code", idva.code())
                            .param("name", idva.name()).param("kind", "IDVA").param("agencyCode", idva.agencyCode())
                            .param("areas", "").param("offers", idva.offers()).param("referralRoute", idva.referralRoute())
                            .param("hours", idva.hours()).param("slaHours", Integer.toString(idva.slaHours()))
                            .param("active", "true").param("fullTimeWorkers", typed))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#fullTimeWorkers\""),
                            containsString("Enter the full-time workers as a number from 0 to 500"),
                            containsString("value=\"" + typed + "\""))));
        }
        org.assertj.core.api.Assertions.assertThat(directory.find(idva.id()).orElseThrow().version()).isEqualTo(idva.version());
    }
}
