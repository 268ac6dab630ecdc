package org.safeguard.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
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

/** Issue 10 item 5: the per-user activity report for professional standards. */
@SafeguardTest
class UserActivityTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void professionalStandardsSeeEverythingOneUserDidAndNothingOfOthers() throws Exception {
        String user = freshUsername();
        String someoneElse = freshUsername();
        audit.recordFor(AuditActor.named(user, "POLICE"), AuditEvent.of("CASE_VIEWED", "case", 71));
        audit.recordFor(AuditActor.named(user, "POLICE"), AuditEvent.of("CASE_VIEWED", "case", 72));
        audit.recordFor(AuditActor.named(user, "POLICE"), AuditEvent.of("ACCESS_REQUESTED", "person", 9)
                .because("Working with her on the order"));
        audit.recordFor(AuditActor.named(someoneElse, "POLICE"), AuditEvent.of("ORDER_RECORDED", "order", 5));
        String reader = staff.fresh(Role.PROFESSIONAL_STANDARDS).username();

        mvc.perform(get("/audit/activity").param("user", user.toUpperCase()).with(staff.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Viewed the case")))
                .andExpect(content().string(containsString("Working with her on the order")))
                .andExpect(content().string(containsString("case 72")))
                .andExpect(content().string(containsString("3</span> in all")))
                .andExpect(content().string(not(containsString("Order recorded"))));

        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'USER_ACTIVITY_VIEWED' "
                + "AND lower(username) = lower(:reader) AND subject_id = :user")
                .param("reader", reader).param("user", user.toUpperCase()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDownloadGuardsEveryCellAgainstSpreadsheetFormulas() throws Exception {
        String user = freshUsername();
        audit.recordFor(AuditActor.named(user, "POLICE"), AuditEvent.of("ACCESS_REQUESTED", "person", 9)
                .because("=HYPERLINK(\"http://evil.example\",\"click\")"));

        mvc.perform(get("/audit/activity.csv").param("user", user).with(staff.as(staff.fresh(Role.ADMIN).username())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("activity-" + user)))
                .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")))
                .andExpect(content().string(not(containsString(",\"=HYPERLINK"))));
    }

    @Test
    void wrongDatesAnUnknownUserAndAnOfficerAreEachTurnedAway() throws Exception {
        String reader = staff.fresh(Role.PROFESSIONAL_STANDARDS).username();
        mvc.perform(get("/audit/activity").param("user", "anyone").param("from", "31/2/2026").with(staff.as(reader)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the start date as a real date")));
        mvc.perform(get("/audit/activity").param("user", "anyone").param("from", "1/1/2026").param("to", "1/6/2026")
                        .with(staff.as(reader)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 90 days")));
        mvc.perform(get("/audit/activity").param("user", freshUsername()).with(staff.as(reader)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("appears in the audit log")));
        mvc.perform(get("/audit/activity").param("user", "anyone").with(staff.as(staff.fresh(Role.OFFICER).username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit/activity.csv").param("user", "anyone").with(staff.as(staff.fresh(Role.SUPERVISOR).username())))
                .andExpect(status().isForbidden());
    }

    private static String freshUsername() {
        return "t.activity." + UUID.randomUUID().toString().substring(0, 8);
    }
}
