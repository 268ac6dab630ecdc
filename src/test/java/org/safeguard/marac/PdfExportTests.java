package org.safeguard.marac;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.intake.Incident;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 (8, exports): a meeting's agenda and action plan as PDF, read back as text. They list every case with its
 * repeat flag and earlier hearing, urgent cases' interim plans, the perpetrators and the actions, carry the
 * protective marking, print no address of any kind, and reach only the people who need to know; each export is
 * audited with the cases it held.
 */
@SafeguardTest
class PdfExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    MaracImport maracs;
    @Autowired
    JdbcClient jdbc;

    private StaffAccount coordinator;
    private String victimName;
    private String perpetratorName;
    private String street;
    private String postcode;
    private long meetingId;
    private long[] caseIds;
    private long urgentCase;

    @BeforeEach
    void aMeetingWithARepeatAndAnUrgentCase() {
        coordinator = staff.fresh(Role.MARAC_COORDINATOR);
        StaffAccount chair = staff.fresh(Role.SUPERVISOR);
        String family = Calls.unusedFamilyName();
        victimName = "Ada " + family;
        perpetratorName = "Bram " + family;
        street = "17 " + Calls.unusedFamilyName() + " Road";
        postcode = Calls.unusedPostcode();
        Incident incident = calls.record("officer", Calls.domesticAbuse(Instant.parse("2025-02-27T21:00:00Z"),
                calls.unusedPhone(), street, postcode, Calls.victim("Ada", family, LocalDate.of(1990, 4, 2)),
                Calls.suspect("Bram", family, LocalDate.of(1988, 1, 9)), "IMMEDIATE")).incident();
        long victim = incident.partiesIn(PartyRole.VICTIM).get(0).personId();
        long perpetrator = incident.partiesIn(PartyRole.SUSPECT).get(0).personId();
        String area = "PDF test " + UUID.randomUUID();
        maracs.ensureArea(new ImportedMaracArea(area, List.of("Town " + family), 2, DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), 20, chair.username(), coordinator.username(), List.of("POLICE", "IDVA_SERVICE"),
                Map.of()));
        ImportedMaracCase first = new ImportedMaracCase(area, Instant.parse("2025-03-11T10:00:00Z"), victim, victimName,
                List.of(perpetrator), Instant.parse("2025-02-28T09:00:00Z"), "POLICE", "HIGH", 2, "FEMALE", 34, false,
                null, false, null, "Victim wants the abuse to stop", "Actions agreed", List.of(
                new ImportedMaracCase.Action("Place a warning marker for an urgent response", "POLICE", "specialist",
                        LocalDate.of(2025, 3, 18), "DONE", Instant.parse("2025-03-14T12:00:00Z"), "Done as agreed")));
        ImportedMaracCase repeat = new ImportedMaracCase(area, Instant.parse("2025-06-10T09:00:00Z"), victim, victimName,
                List.of(perpetrator), Instant.parse("2025-05-20T09:00:00Z"), "HEALTH", "HIGH", 2, "FEMALE", 35, false,
                null, false, 0, "Victim is frightened of his release", "Escalation since the last hearing", List.of(
                new ImportedMaracCase.Action("Support the victim to apply for a non-molestation order", "IDVA_SERVICE",
                        "idva", LocalDate.of(2025, 7, 1), "OPEN", null, null),
                new ImportedMaracCase.Action("Review the bail conditions", "POLICE", "specialist",
                        LocalDate.of(2025, 6, 24), "CANCELLED", null, null)));
        caseIds = maracs.importHistory(List.of(first, repeat));
        meetingId = jdbc.sql("SELECT meeting_id FROM marac.marac_case WHERE id = ?").param(caseIds[1])
                .query(Long.class).single();
        urgentCase = jdbc.sql("""
                        INSERT INTO marac.marac_case (area_id, meeting_id, victim_id, victim_name, referred_at,
                            referring_agency, risk_level, children, urgent, status, created_at)
                        SELECT area_id, meeting_id, victim_id + 1, ?, ?, 'IDVA_SERVICE', 'HIGH', 0, true, 'LISTED', ?
                        FROM marac.marac_case WHERE id = ? RETURNING id""")
                .params("Cleo " + family, Timestamp.from(Instant.parse("2025-06-01T09:00:00Z")),
                        Timestamp.from(Instant.parse("2025-06-01T09:00:00Z")), caseIds[1])
                .query(Long.class).single();
    }

    @Test
    void theAgendaListsEachCaseWithItsRepeatFlagEarlierHearingAndUrgentPlanButNoAddress() throws Exception {
        MvcResult result = mvc.perform(get("/marac/meetings/" + meetingId + "/agenda.pdf").with(staff.as(coordinator.username())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn();
        String text = text(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("OFFICIAL-SENSITIVE", "Page 1", "MARAC agenda", victimName, perpetratorName,
                "Repeat: heard 11 Mar 2025", "Urgent: interim safety plan needed", "Cleo", "Demo Hospitals NHS Trust");
        assertThat(text.indexOf("Cleo")).as("urgent cases first").isLessThan(text.indexOf(victimName));
        assertThat(text).doesNotContain(street).doesNotContain(postcode).doesNotContain("Testtown")
                .doesNotContain(street.split(" ")[1]);
        assertThat(audited("MARAC_AGENDA_EXPORTED")).contains(String.valueOf(caseIds[1]), String.valueOf(urgentCase));
    }

    @Test
    void theActionPlanListsEachActionWithItsOwnerAgencyOwnerDueDateAndStatus() throws Exception {
        MvcResult result = mvc.perform(get("/marac/meetings/" + meetingId + "/action-plan.pdf")
                        .with(staff.as(coordinator.username())))
                .andExpect(status().isOk()).andReturn();
        String text = text(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("OFFICIAL-SENSITIVE", "MARAC action plan", victimName + " (repeat)",
                "Support the victim to apply for a non-molestation order", "Demo IDVA Service", "idva", "1 Jul 2025",
                "Open", "Review the bail conditions", "Cancelled", "No actions recorded.");
        assertThat(text).doesNotContain(street).doesNotContain(postcode);
        assertThat(audited("MARAC_ACTION_PLAN_EXPORTED")).contains(String.valueOf(caseIds[1]));
    }

    @Test
    void needToKnowSomeoneOutsideTheMaracCannotDownloadItsPapersAndTheRefusalIsAudited() throws Exception {
        StaffAccount outsider = staff.fresh(Role.SUPERVISOR);
        mvc.perform(get("/marac/meetings/" + meetingId + "/agenda.pdf").with(staff.as(outsider.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/marac/meetings/" + meetingId + "/action-plan.pdf").with(staff.as(outsider.username())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'MARAC_ACCESS_REFUSED' AND username = ? "
                + "AND subject_id = ?").params(outsider.username(), String.valueOf(meetingId)).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action LIKE 'MARAC_%_EXPORTED' AND username = ?")
                .param(outsider.username()).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        mvc.perform(get("/marac/meetings/8999999997/agenda.pdf").with(staff.as(coordinator.username())))
                .andExpect(status().isNotFound());
    }

    private String audited(String action) {
        return jdbc.sql("SELECT reason FROM audit.event WHERE action = ? AND subject_id = ? AND username = ? "
                        + "ORDER BY seq DESC LIMIT 1")
                .params(action, String.valueOf(meetingId), coordinator.username()).query(String.class).single();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // Cells wrap their text over lines: read it as one line.
        return text.toString().replaceAll("\\s+", " ");
    }
}
