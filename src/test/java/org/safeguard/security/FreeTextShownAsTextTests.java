package org.safeguard.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 10, item 7: HTML and script typed into a free-text field are stored as typed and shown as text on the
 * page that shows them: escaped, never a live {@code <script>} or an {@code onerror} attribute.
 */
@SafeguardTest
class FreeTextShownAsTextTests {

    static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    StaffDirectory directory;

    @Test
    void markupInAnIncidentsSummaryCallerAndLocationAndInACaseContactIsShownAsText() throws Exception {
        String family = Calls.unusedFamilyName();
        NewIncident typed = Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(1)), null, "1 Lane " + MARKUP,
                "ZZ9 1RA", Calls.victim("Nina", family, LocalDate.of(1991, 3, 4)),
                Calls.suspect("Carl", family, LocalDate.of(1989, 5, 6)), "PRIORITY");
        IncidentFile file = calls.record("call.handler", new NewIncident(typed.receivedAt(), typed.channel(),
                "Caller " + MARKUP, typed.callerPhone(), typed.location(), typed.town(), typed.postcode(), typed.parties(),
                typed.relationship(), typed.bothAged16OrOver(), typed.personallyConnected(), typed.childrenPresent(),
                typed.childrenLiving(), typed.childAges(), typed.weapon(), typed.injury(), typed.threatToLife(),
                typed.grade(), "Summary " + MARKUP));
        assertShownAsText(page("/incidents/" + file.incident().id(), "officer"), 3);

        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        VictimCase opened = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimId)));
        ZonedDateTime anHourAgo = ZonedDateTime.now(LONDON).minusHours(1);
        mvc.perform(post("/cases/" + opened.id() + "/contacts").with(staff.as("officer")).with(csrf())
                .param("contactedAt", anHourAgo.getDayOfMonth() + "/" + anHourAgo.getMonthValue() + "/" + anHourAgo.getYear())
                .param("contactedTime", String.format("%02d:%02d", anHourAgo.getHour(), anHourAgo.getMinute()))
                .param("channel", "PHONE").param("purpose", "Purpose " + MARKUP).param("outcome", "Outcome " + MARKUP));
        assertShownAsText(page("/cases/" + opened.id(), "officer"), 2);
    }

    @Test
    void markupInAStaffMembersDisplayNameIsShownAsText() throws Exception {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        directory.createAccount(new NewStaffAccount("sec.markup." + UUID.randomUUID().toString().substring(0, 8),
                "Name " + MARKUP, null, police, null, Set.of("OFFICER"), Staff.PASSWORD));

        assertShownAsText(page("/admin/staff", "admin"), 1);
    }

    private String page(String path, String username) throws Exception {
        // A signed-in browser always has a session; without one a long page cannot add the CSRF token late.
        return mvc.perform(get(path).with(staff.as(username)).session(new MockHttpSession())).andReturn().getResponse().getContentAsString();
    }

    /** The markup appears, escaped, at least {@code times} times, and never as a live tag. */
    private static void assertShownAsText(String body, int times) {
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x onerror");
        assertThat(body.split("&lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt;&lt;img src=x onerror=alert\\(1\\)&gt;", -1))
                .as("the markup shown as text").hasSizeGreaterThan(times);
    }
}
