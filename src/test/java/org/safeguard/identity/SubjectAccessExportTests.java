package org.safeguard.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.audit.AuditActor;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.IncidentFile;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 10 item 5: the subject-access export of everything held about one person, for the data protection officer. */
@SafeguardTest
class SubjectAccessExportTests {

    private static final String[] EVERY_SECTION = {"Person records", "Incidents", "Risk assessments",
            "Safeguarding cases", "Safe contact and messages", "Orders, custody and programmes", "Referrals", "MARAC"};

    @Autowired
    PersonRecords records;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHasEverySectionWithholdsTheRefugeAddressAndListsWhoViewedTheRecord() throws Exception {
        IncidentFile incident = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(7200), null,
                "9 Where It Happened Road", Calls.unusedPostcode(), Calls.victim("Alexandra", Calls.unusedFamilyName(),
                        LocalDate.of(1988, 4, 2)), Calls.suspect("Kurt", Calls.unusedFamilyName(), LocalDate.of(1980, 1, 1)),
                "PRIORITY"));
        long personId = incident.incident().parties().stream().filter(p -> p.role().name().equals("VICTIM"))
                .findFirst().orElseThrow().personId();
        inARefuge(personId, "14 Hidden Refuge Lane");
        String viewer = "t.sar.viewer." + UUID.randomUUID().toString().substring(0, 8);
        String incidentViewer = "t.sar.incident." + UUID.randomUUID().toString().substring(0, 8);
        audit.recordFor(AuditActor.named(viewer, "POLICE"), AuditEvent.of("PERSON_VIEWED", "person", personId));
        audit.recordFor(AuditActor.named(incidentViewer, "POLICE"),
                AuditEvent.of("INCIDENT_VIEWED", "incident", incident.incident().id()));
        String dpo = staff.fresh(Role.ADMIN).username();

        String json = mvc.perform(get("/people/{id}/subject-access.json", personId).with(staff.as(dpo)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("subject-access-person-" + personId)))
                .andReturn().getResponse().getContentAsString();

        assertThat(json).contains(EVERY_SECTION).contains("Confidential address: withheld", viewer, "Viewed the person's record",
                        incident.incident().reference(), incidentViewer, "Viewed the incident")
                .doesNotContain("Hidden Refuge", "Where It Happened", "Could not be read");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'SUBJECT_ACCESS_EXPORTED' "
                        + "AND subject_type = 'person' AND subject_id = :id AND lower(username) = lower(:dpo)")
                .param("id", String.valueOf(personId)).param("dpo", dpo).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/people/{id}/subject-access", personId).with(staff.as(dpo)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Addresses (1)")))
                .andExpect(content().string(containsString("review before release")))
                .andExpect(content().string(not(containsString("Hidden Refuge"))));
    }

    @Test
    void onlyTheDataProtectionOfficerMayExportAndAnUnknownPersonIsNotFound() throws Exception {
        long personId = records.resolve(new PersonDetails("Alexandra", Calls.unusedFamilyName(), LocalDate.of(1988, 4, 2),
                Sex.FEMALE), "POLICE").id();
        mvc.perform(get("/people/{id}/subject-access.json", personId).with(staff.as(staff.fresh(Role.OFFICER).username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/subject-access", personId)
                        .with(staff.as(staff.fresh(Role.PROFESSIONAL_STANDARDS).username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/subject-access").with(staff.as(staff.fresh(Role.SUPERVISOR).username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/subject-access.json", Long.MAX_VALUE - 7).with(staff.as(staff.fresh(Role.ADMIN).username())))
                .andExpect(status().isNotFound());
    }

    /** The person moves to a refuge, recorded by a DA specialist as the service would. */
    private void inARefuge(long personId, String refugeLine) {
        calls.as(staff.fresh(Role.DA_SPECIALIST).username(), () -> {
            records.recordConfidentialAddress(personId, new NewAddress(refugeLine, null, "Stevenage", "SG1 2AB", null),
                    ConfidentialKind.REFUGE, "Fled to a refuge");
            return null;
        });
    }
}
