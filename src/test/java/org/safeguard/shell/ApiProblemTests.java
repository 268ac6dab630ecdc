package org.safeguard.shell;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.SecondFactor;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2: problem JSON for API errors raised in controllers and by sign-in; health and metrics access. */
@SafeguardTest
class ApiProblemTests {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyThatIsNotJsonGetsProblemJsonAndChangesNothing() throws Exception {
        long before = agencies();
        mvc.perform(post("/api/v1/agencies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        assertThat(agencies()).isEqualTo(before);
    }

    @Test
    void everyFieldProblemIsListed() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"lower\",\"name\":\"\",\"kind\":\"CASTLE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Enter the agency's name"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Select the kind of agency"))
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void anAdministratorCreatesAnAgencyThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"API_HOUSING\",\"name\":\"API Housing Trust\",\"kind\":\"HOUSING\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("API_HOUSING"))
                .andExpect(jsonPath("$.kind").value("HOUSING"));
    }


    @Test
    void theApiAnswersSignInAndAccessProblemsWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/agencies").with(httpBasic("officer", "Demo-Password-2026")).with(SecondFactor.apiCode("officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }




    @Test
    void healthIsOpenAndMetricsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst", "Demo-Password-2026")).with(SecondFactor.apiCode("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk());
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsACallersOwn() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(header().exists("X-Request-Id"));
        mvc.perform(get("/sign-in").header("X-Request-Id", "partner-call-0001"))
                .andExpect(header().string("X-Request-Id", "partner-call-0001"));
        mvc.perform(get("/sign-in").header("X-Request-Id", "<script>"))
                .andExpect(header().string("X-Request-Id", not(containsString("<"))));
    }

    @Test
    void theHomePageShowsOnlyWhatTheRoleMayUse() throws Exception {
        mvc.perform(get("/").with(staff.as("admin")))
                .andExpect(content().string(allOf(containsString("Staff accounts"), containsString("Audit log"),
                        containsString("DEMO — synthetic data"))));
        mvc.perform(get("/").with(staff.as("officer")))
                .andExpect(content().string(allOf(containsString("Welcome, Alex Rowan"), not(containsString("Staff accounts")))));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return request -> SecondFactor.apiCode("admin").postProcessRequest(
                httpBasic("admin", "Demo-Password-2026").postProcessRequest(request));
    }

    private long agencies() {
        return jdbc.sql("SELECT count(*) FROM access.agency").query(Long.class).single();
    }
}
