package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Record linkage's pages against the real database: the specialists' queue, a pair side by side and the
 * decision on it, a person's links with unlinking and linking by hand. Who may see what, and that a refused
 * form changes nothing.
 */
@SafeguardTest
class LinkagePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Pairs pairs;
    @Autowired
    PersonLinks links;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSpecialistSeesAPairInTheQueueWithBothPeopleItsProbabilityAndWhatCountedMost() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        String queue = page(get("/people/link-reviews"), "specialist");

        String row = row(queue, pair);
        assertThat(row).contains(pair.firstName(), pair.secondName(), "Born 3 Apr 1985", "over 99%",
                "Family name: the same (+9.3)", "Date of birth: the same (+7.2)", "Given name: a short form of the other (+4.1)",
                "/people/link-reviews/" + pair.reviewId());
        assertThat(row).as("three reasons at most").doesNotContain("Address: different");
        assertThat(queue).contains("Who is who (");
    }

    @Test
    void theReviewPageShowsBothRecordsSideBySideAndEveryComparisonStrongestFirst() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        String review = page(get("/people/link-reviews/" + pair.reviewId()), "specialist");

        String records = section(review, "data-testid=\"records\"");
        assertThat(records).contains("Record " + pair.firstId(), "Record " + pair.secondId(), pair.firstName(),
                pair.secondName(), "3 Apr 1985", "Female", "12 Orchard Close", "Flat 3, 40 Mill Lane", "01632 960111",
                "None recorded", "POLICE", "TEST, reference", "/people/" + pair.firstId() + "/links",
                "/people/" + pair.secondId() + "/links");
        String evidence = section(review, "data-testid=\"evidence\"");
        assertThat(evidence).containsSubsequence("Family name", "+9.3", "Date of birth", "+7.2", "Given name",
                "a short form of the other", "+4.1", "Address", "different", "\u22123.4", "Sex", "+0.9", "Phone", "0.0");
        assertThat(evidence).contains("Probability they are one person: over 99%", "+13.1");
        assertThat(review).contains("The same person", "Different people", "name=\"version\"", "name=\"_csrf\"");
    }

    @Test
    void aSpecialistJudgesAPairTheSamePersonAndTheRecordsAreLinked() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        mvc.perform(decide(pair, "SAME", "Same date of birth; Jon is short for Jonathan; moved house in 2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/link-reviews"))
                .andExpect(flash().attribute("success", allOf(containsString(pair.firstName()),
                        containsString("are the same person"))));

        assertThat(decision(pair)).isEqualTo("SAME");
        assertThat(page(get("/people/link-reviews"), "specialist")).doesNotContain("data-review=\"" + pair.reviewId() + "\"");
        assertThat(calls.as("specialist", () -> links.samePerson(List.of(pair.firstId())).get(pair.firstId())))
                .contains(pair.firstId(), pair.secondId());
        String decided = page(get("/people/link-reviews/" + pair.reviewId()), "specialist");
        assertThat(section(decided, "data-testid=\"decision\"")).contains("The same person", "specialist",
                "Jon is short for Jonathan");
        assertThat(decided).doesNotContain("Save the decision");
    }

    @Test
    void aSpecialistJudgesAPairDifferentPeopleAndItLeavesTheQueueUnlinked() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        mvc.perform(decide(pair, "DIFFERENT", "Different mothers' names on the two files"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/link-reviews"))
                .andExpect(flash().attribute("success", containsString("are different people")));

        assertThat(decision(pair)).isEqualTo("DIFFERENT");
        assertThat(page(get("/people/link-reviews"), "specialist")).doesNotContain("data-review=\"" + pair.reviewId() + "\"");
        assertThat(calls.as("specialist", () -> links.samePerson(List.of(pair.firstId())).get(pair.firstId())))
                .isEqualTo(Set.of(pair.firstId()));
    }

    @Test
    void aDecisionWithoutAChoiceShowsTheErrorSummaryAndChangesNothing() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        mvc.perform(form(post("/people/link-reviews/" + pair.reviewId()), "specialist")
                        .param("version", "0").param("note", "Not sure"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#judgement\""),
                        containsString("Select whether these are the same person or different people"),
                        containsString("Not sure"))));

        assertThat(decision(pair)).isNull();
    }

    @Test
    void aNoteIsNeededForDifferentPeopleAndIsNoLongerThanAThousandCharacters() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        mvc.perform(decide(pair, "DIFFERENT", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#note\""),
                        containsString("Enter why these are different people"))));
        mvc.perform(decide(pair, "SAME", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The note must be 1,000 characters or fewer")));

        assertThat(decision(pair)).isNull();
    }

    @Test
    void aSecondDecisionOnADecidedPairIsRefusedSayingWhoDecidedFirst() throws Exception {
        Pairs.Pair pair = pairs.proposed();
        mvc.perform(decide(pair, "DIFFERENT", "Different people: one was in custody on the other's incident date"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(decide(pair, "SAME", "Same date of birth"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/link-reviews/" + pair.reviewId()))
                .andExpect(flash().attribute("conflict",
                        "specialist has already decided this pair: different people. Your decision has not been saved."));

        assertThat(decision(pair)).isEqualTo("DIFFERENT");
        assertThat(calls.as("specialist", () -> links.samePerson(List.of(pair.firstId())).get(pair.firstId())))
                .isEqualTo(Set.of(pair.firstId()));
    }

    @Test
    void anOfficerAndAPartnerAreRefusedTheQueueAndThePairs() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        for (String username : List.of("officer", "partner")) {
            mvc.perform(get("/people/link-reviews").with(staff.as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/people/link-reviews/" + pair.reviewId()).with(staff.as(username)))
                    .andExpect(status().isForbidden());
            mvc.perform(decide(pair, "SAME", "Looks the same", username)).andExpect(status().isForbidden());
            assertThat(page(get("/"), username)).doesNotContain("Who is who");
        }
        assertThat(decision(pair)).isNull();
    }

    @Test
    void htmlTypedInANoteIsShownAsText() throws Exception {
        Pairs.Pair pair = pairs.proposed();

        mvc.perform(decide(pair, "DIFFERENT", "<script>alert('linked')</script><b>bold</b>"))
                .andExpect(status().is3xxRedirection());

        String decided = page(get("/people/link-reviews/" + pair.reviewId()), "specialist");
        assertThat(decided).contains("&lt;script&gt;alert(&#39;linked&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>bold</b>");
    }

    @Test
    void aSpecialistLinksARecordByHandAndSeesHowWhoAndWhy() throws Exception {
        long[] ids = pairs.unproposed();

        mvc.perform(form(post("/people/" + ids[0] + "/links"), "specialist")
                        .param("otherRecord", " " + ids[1] + " ").param("linkReason", "Same person: confirmed with the victim"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + ids[0] + "/links"))
                .andExpect(flash().attribute("success", containsString("Record " + ids[1])));

        String page = page(get("/people/" + ids[0] + "/links"), "specialist");
        assertThat(section(page, "data-testid=\"person-records\"")).contains("Maya", "Maia");
        assertThat(page).contains("By hand", "Same person: confirmed with the victim", "specialist", "Unlink these records");
        String supervisorSees = page(get("/people/" + ids[1] + "/links"), "supervisor");
        assertThat(supervisorSees).contains("By hand", "Same person: confirmed with the victim")
                .doesNotContain("Unlink these records", "Link another record by hand");
        mvc.perform(get("/people/" + ids[0] + "/links").with(staff.as("officer"))).andExpect(status().isForbidden());
    }

    @Test
    void unlinkingNeedsAReasonAndThenShowsWhoUndidTheLinkAndWhy() throws Exception {
        long[] ids = pairs.unproposed();
        PersonLink link = calls.as("specialist", () -> links.link(ids[0], ids[1], "Same person, by hand"));
        String unlink = "/people/links/" + link.id() + "/unlink";

        mvc.perform(form(post(unlink), "specialist").param("version", Integer.toString(link.version()))
                        .param("personId", Long.toString(ids[0])).param("unlinkReason-" + link.id(), ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#unlinkReason-" + link.id() + "\""),
                        containsString("Enter why these records are not the same person"))));
        assertThat(calls.as("specialist", () -> links.links(ids[0]))).singleElement().satisfies(l -> assertThat(l.live()).isTrue());

        mvc.perform(form(post(unlink), "specialist").param("version", Integer.toString(link.version()))
                        .param("personId", Long.toString(ids[0])).param("unlinkReason-" + link.id(), "Twins: different NHS numbers"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + ids[0] + "/links"))
                .andExpect(flash().attribute("success", containsString("are no longer linked")));

        String page = page(get("/people/" + ids[0] + "/links"), "specialist");
        assertThat(page).contains("Undone", "Twins: different NHS numbers").doesNotContain("Unlink these records");
    }

    @Test
    void aRecordCannotBeLinkedToItself() throws Exception {
        long[] ids = pairs.unproposed();

        mvc.perform(form(post("/people/" + ids[0] + "/links"), "specialist")
                        .param("otherRecord", Long.toString(ids[0])).param("linkReason", "Same person"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#otherRecord\""),
                        containsString("A record cannot be linked to itself"))));
        mvc.perform(form(post("/people/" + ids[0] + "/links"), "specialist")
                        .param("otherRecord", "record ten").param("linkReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The record number must be the digits only, like 10234"),
                        containsString("Enter why these records are the same person"))));

        assertThat(calls.as("specialist", () -> links.links(ids[0]))).isEmpty();
    }

    private MockHttpServletRequestBuilder decide(Pairs.Pair pair, String judgement, String note) {
        return decide(pair, judgement, note, "specialist");
    }

    private MockHttpServletRequestBuilder decide(Pairs.Pair pair, String judgement, String note, String username) {
        return form(post("/people/link-reviews/" + pair.reviewId()), username)
                .param("version", "0").param("judgement", judgement).param("note", note);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String decision(Pairs.Pair pair) {
        return jdbc.sql("SELECT decision FROM identity.link_review WHERE id = ?").param(pair.reviewId())
                .query(String.class).list().get(0);
    }

    /** The queue's row for the pair. */
    private static String row(String page, Pairs.Pair pair) {
        return section(page, "data-review=\"" + pair.reviewId() + "\"", "</tr>");
    }

    /** The table marked with the test id. */
    private static String section(String page, String marker) {
        return section(page, marker, marker.contains("decision") ? "</dl>" : "</table>");
    }

    /** The page from the marker to the end of its element (rough, enough for checks on the text). */
    private static String section(String page, String marker, String endTag) {
        int start = page.indexOf(marker);
        assertThat(start).as("%s on the page", marker).isNotNegative();
        int end = page.indexOf(endTag, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
