package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recording an order on its page, its page with breaches, and the calendar of endings. */
@SafeguardTest
class OrderPagesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    StaffMarks staffMarks;
    @Autowired
    Programmes programmes;

    private record Couple(IncidentFile incident, long victimId, long suspectId, String victimName, String suspectName) {
    }

    private Couple couple() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(clock.instant().minus(Duration.ofDays(16)), null,
                "9 Quarry Road", Calls.unusedPostcode(), Calls.victim("Nina", family, LocalDate.of(1992, 8, 1)),
                Calls.suspect("Carl", family, LocalDate.of(1989, 1, 12)), "PRIORITY"));
        return new Couple(file, file.incident().partiesIn(PartyRole.VICTIM).get(0).personId(),
                file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId(), "Nina " + family, "Carl " + family);
    }

    private MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(staff.as("officer")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The typed date and time fields of a moment, in UK time. */
    private static Map<String, String> typed(String dateField, String timeField, Instant at) {
        ZonedDateTime uk = at.atZone(LONDON);
        return Map.of(dateField, DAY.format(uk), timeField, TIME.format(uk));
    }

    private long ordersAgainst(long personId) {
        return jdbc.sql("SELECT count(*) FROM offender.protective_order WHERE perpetrator_id = :id")
                .param("id", personId).query(Long.class).single();
    }

    /** A DVPO against the suspect, in force for 10 more days, recorded on the page: the address of its page. */
    private String recordedOrderPage(Couple couple) throws Exception {
        Instant endsAt = clock.instant().plus(Duration.ofDays(10));
        return mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new",
                        dvpo(couple, endsAt.minus(Duration.ofDays(20)), endsAt)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private Map<String, String> dvpo(Couple couple, Instant startsAt, Instant endsAt) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("kind", "DVPO", "protectedId", Long.toString(couple.victimId()),
                "incidentReference", couple.incident().incident().reference(), "reference", "DVPO/PAGE",
                "conditions[0].kind", "NO_CONTACT", "conditions[1].kind", "NOT_TO_ENTER_ADDRESS",
                "conditions[1].detail", "12 Mill Lane, Testtown"));
        fields.putAll(typed("startsAt", "startsTime", startsAt));
        fields.putAll(typed("endsAt", "endsTime", endsAt));
        return fields;
    }

    @Test
    void theFormOffersThePerpetratorsVictimsAndTheLawsLengths() throws Exception {
        Couple couple = couple();

        mvc.perform(get("/offenders/" + couple.suspectId() + "/orders/new").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record an order against " + couple.suspectName()),
                        containsString(couple.victimName()), containsString("Lasts from 14 to 28 days"),
                        containsString("Lasts at most 48 hours"), containsString("Until the bail return date"),
                        containsString("href=\"/offenders/" + couple.suspectId() + "\" class=\"govuk-back-link\">Back to the profile"))));
    }

    @Test
    void anOrderRecordedOnThePageIsShownAndListedInTheCalendarAsEndingWithin3Days() throws Exception {
        Couple couple = couple();
        Instant endsAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        String orderPage = mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new",
                        dvpo(couple, endsAt.minus(Duration.ofDays(15)), endsAt)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/offenders/orders/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(orderPage).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Domestic violence protection order (DVPO)"),
                        containsString(couple.suspectName()), containsString(couple.victimName()),
                        containsString("12 Mill Lane, Testtown"), containsString(couple.incident().incident().reference()),
                        containsString("Record a breach"), containsString("End early"))));
        mvc.perform(get("/offenders/orders").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*href=\"" + orderPage + "\".*?" + couple.suspectName()
                        + ".*?" + couple.victimName() + ".*")))
                .andExpect(content().string(containsString("Ends within 3 days")));
        assertThat(ordersAgainst(couple.suspectId())).isEqualTo(1);
    }

    @Test
    void anOrderEndingBeforeItStartsComesBackWithTheErrorSummaryAndNothingIsSaved() throws Exception {
        Couple couple = couple();
        Instant startsAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new",
                        dvpo(couple, startsAt, startsAt.minus(Duration.ofDays(3)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#endsAt\""), containsString("The order must end after it starts"),
                        containsString("12 Mill Lane, Testtown"))));
        assertThat(ordersAgainst(couple.suspectId())).isZero();
    }

    @Test
    void anUnreadableDateIsSaidInTheFormsWordsAndNothingIsSaved() throws Exception {
        Couple couple = couple();
        Map<String, String> fields = new java.util.HashMap<>(dvpo(couple, clock.instant(), clock.instant().plus(Duration.ofDays(20))));
        fields.put("endsAt", "31/02/2027");
        fields.put("kind", "PRE_CHARGE_BAIL");

        mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the date it ends as a real date, like 24/11/2026"),
                        not(containsString("Bail conditions need the date they end")))));
        assertThat(ordersAgainst(couple.suspectId())).isZero();
    }

    @Test
    void aBreachRecordedOnTheOrdersPageLinksItsIncidentForThoseWhoMayOpenIt() throws Exception {
        Couple couple = couple();
        String orderPage = recordedOrderPage(couple);
        Map<String, String> breach = new java.util.HashMap<>(Map.of("incidentReference",
                couple.incident().incident().reference(), "detail", "Sent forty texts in an hour"));
        breach.putAll(typed("occurredAt", "occurredTime", clock.instant().minus(Duration.ofHours(2))));

        mvc.perform(form(orderPage + "/breaches", breach)).andExpect(status().is3xxRedirection());

        mvc.perform(get(orderPage).with(staff.as("officer")))
                .andExpect(content().string(allOf(containsString("Sent forty texts in an hour"),
                        containsString("href=\"/incidents/" + couple.incident().incident().id() + "\""))));
        // Professional standards read orders but neither record on them nor open incidents.
        mvc.perform(get(orderPage).with(staff.as("professional.standards")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sent forty texts in an hour"),
                        containsString(couple.incident().incident().reference()), not(containsString("href=\"/incidents/")),
                        not(containsString("Record a breach")), not(containsString("End early")),
                        containsString("Back to orders ending"))));
    }

    @Test
    void theCalendarIsNotForTheControlRoom() throws Exception {
        mvc.perform(get("/offenders/orders").with(staff.as("call.handler"))).andExpect(status().isForbidden());
    }

    @Test
    void aMistypedCalendarDayIsShownAsAProblemNotAFailure() throws Exception {
        mvc.perform(get("/offenders/orders").param("from", "x").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#from\""),
                        containsString("Enter the first day as a real date"), containsString("value=\"x\""))));
        mvc.perform(get("/offenders/orders").param("to", "31/02/2026").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#to\""), containsString("value=\"31/02/2026\""))));
    }

    @Test
    void bailProtectingNoOnePersonCanBeRecordedAgainstSomeoneWithNoRecordedVictim() throws Exception {
        Couple couple = couple();
        long noVictims = couple.victimId();
        Instant startsAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Map<String, String> bail = new java.util.HashMap<>(Map.of("kind", "PRE_CHARGE_BAIL", "protectedId", "none",
                "conditions[0].kind", "NO_CONTACT"));
        bail.putAll(typed("startsAt", "startsTime", startsAt));
        bail.putAll(typed("endsAt", "endsTime", startsAt.plus(Duration.ofDays(28))));

        mvc.perform(get("/offenders/" + noVictims + "/orders/new").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No one person (bail conditions only)"),
                        not(matchesPattern("(?s).*value=\"other\"[^>]*checked.*")))));
        mvc.perform(form("/offenders/" + noVictims + "/orders/new", bail))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT count(*) FROM offender.protective_order WHERE perpetrator_id = :id AND protected_id IS NULL")
                .param("id", noVictims).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyBailMayProtectNoOnePersonAndAnUntypedRecordNumberIsLinkedToItsBox() throws Exception {
        Couple couple = couple();
        Map<String, String> dvpo = dvpo(couple, clock.instant(), clock.instant().plus(Duration.ofDays(20)));
        Map<String, String> none = new java.util.HashMap<>(dvpo);
        none.put("protectedId", "none");
        Map<String, String> other = new java.util.HashMap<>(dvpo);
        other.put("protectedId", "other");

        mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new", none))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#protectedId\""),
                        containsString("Only bail conditions may protect no one person"),
                        matchesPattern("(?s).*<fieldset[^>]*aria-describedby=\"protectedId-hint protectedId-error\".*"))));
        mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new", other))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#otherProtectedId\""),
                        containsString("id=\"otherProtectedId-error\""), not(containsString("There is no person record")))));
        assertThat(ordersAgainst(couple.suspectId())).isZero();
    }

    @Test
    void aBlankEndDateIsAskedForNotCalledUnreal() throws Exception {
        Couple couple = couple();
        Map<String, String> fields = new java.util.HashMap<>(dvpo(couple, clock.instant(), clock.instant().plus(Duration.ofDays(20))));
        fields.put("endsAt", "");

        mvc.perform(form("/offenders/" + couple.suspectId() + "/orders/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the date it ends, like 24/11/2026"),
                        not(containsString("Enter the date it ends as a real date")))));
    }

    @Test
    void theRecordAnOrderFormIsRefusedForAMemberOfStaffToAnOfficer() throws Exception {
        Couple couple = couple();
        staffMarks.mark(couple.suspectId(), "Serving police constable", "specialist", clock.instant());

        mvc.perform(get("/offenders/" + couple.suspectId() + "/orders/new").with(staff.as("officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(couple.suspectName()))));
    }

    @Test
    void theProfileLinksEachOrderAndProgrammeReferralToItsPage() throws Exception {
        Couple couple = couple();
        String orderPage = recordedOrderPage(couple);
        ProgrammeReferral referral = calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(
                couple.suspectId(), "Change programme", java.util.Arrays.stream(ProgrammeReferral.SuitabilityFactor.values())
                .collect(java.util.stream.Collectors.toMap(f -> f, f -> ProgrammeReferral.Rating.MEDIUM)), "Admits the assaults")));

        mvc.perform(get("/offenders/" + couple.suspectId()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*href=\"" + orderPage + "\">Domestic violence protection order \\(DVPO\\)</a>.*"),
                        containsString("href=\"/offenders/programmes/" + referral.id() + "\">Change programme</a>"))));
    }
}
