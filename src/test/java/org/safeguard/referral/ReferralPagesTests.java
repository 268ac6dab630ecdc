package org.safeguard.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.Victims.Victim;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral pages: a referral shows the rule and version that made it and its steps; the service answers it;
 * a referral by hand and a rules file with problems come back with the GOV.UK error summary; the incident's page
 * lists its referrals; the sender's board lists those overdue.
 */
@SafeguardTest
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralAnswers answers;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoutingRules rules;

    private Victims victims() {
        return new Victims(calls, assessments, referrals);
    }

    private Referral highRiskIdvaReferral(Victim victim) {
        victims().assessed(victim, 14, Map.of());
        return victims().referralsOnce(victim, 2).stream().filter(r -> r.serviceKind() == ServiceKind.IDVA).findFirst()
                .orElseThrow();
    }

    @Test
    void theReferralPageShowsTheRuleAndVersionThatMadeItAndTheServiceAcceptsItThere() throws Exception {
        Victim victim = victims().recorded();
        Referral idva = highRiskIdvaReferral(victim);

        mvc.perform(get("/referrals/" + idva.id()).with(staff.as("idva")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(victim.name()),
                        containsString("Routing rule high-risk-to-idva (version " + idva.ruleVersion() + ")"),
                        containsString("Answer the referral"), containsString("Robin Ellery"))));
        mvc.perform(get("/referrals").with(staff.as("idva")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(victim.name())));

        mvc.perform(post("/referrals/" + idva.id() + "/accept").with(staff.as("idva")).with(csrf())
                        .param("version", Integer.toString(idva.version())).param("assignedTo", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Select the worker who takes the referral on"))));
        mvc.perform(post("/referrals/" + idva.id() + "/accept").with(staff.as("idva")).with(csrf())
                        .param("version", Integer.toString(idva.version())).param("assignedTo", "idva"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Referral accepted: idva takes it on"));
        mvc.perform(post("/referrals/" + idva.id() + "/decline").with(staff.as("idva")).with(csrf())
                        .param("version", Integer.toString(idva.version())).param("declineReason", "Too late"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("conflict", "This referral is accepted: it cannot be declined"));
    }

    @Test
    void someoneOutsideTheServicesAgencyIsNotOfferedTheAnswerAndIsRefusedIfTheyPost() throws Exception {
        Victim victim = victims().recorded();
        Referral idva = highRiskIdvaReferral(victim);

        mvc.perform(get("/referrals/" + idva.id()).with(staff.as("specialist")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Answer the referral"))));
        mvc.perform(post("/referrals/" + idva.id() + "/accept").with(staff.as("specialist")).with(csrf())
                        .param("version", Integer.toString(idva.version())).param("assignedTo", "idva"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReferralByHandWithoutServiceReasonOrConsentComesBackWithTheGovUkErrorSummary() throws Exception {
        Victim victim = victims().recorded();

        mvc.perform(get("/victims/" + victim.id() + "/referrals/new").with(staff.as("officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Demo Refuge")));
        mvc.perform(post("/victims/" + victim.id() + "/referrals").with(staff.as("officer")).with(csrf())
                        .param("serviceId", "").param("reason", "").param("consent", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Select the service to refer to"), containsString("Enter why you are making the referral"),
                        containsString("Select whether the victim gave consent"))));
        long refuge = directory.all().stream().filter(s -> s.code().equals("REFUGE")).findFirst().orElseThrow().id();
        mvc.perform(post("/victims/" + victim.id() + "/referrals").with(staff.as("officer")).with(csrf())
                        .param("serviceId", Long.toString(refuge)).param("reason", "Needs a safe place tonight")
                        .param("consent", "GIVEN").param("incidentId", Long.toString(victim.incidentId())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Referred to Demo Refuge"));
        mvc.perform(get("/victims/" + victim.id() + "/referrals").with(staff.as("officer")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Demo Refuge"),
                        containsString("Make a referral"))));
    }

    @Test
    void staffWhoDoNotWorkReferralsCannotOpenAVictimsReferrals() throws Exception {
        Victim victim = victims().recorded();

        mvc.perform(get("/victims/" + victim.id() + "/referrals/new").with(staff.as("call.handler")))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(victim.name()))));
        mvc.perform(get("/victims/" + victim.id() + "/referrals").with(staff.as("analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIncidentPageListsItsVictimsReferrals() throws Exception {
        Victim victim = victims().recorded();
        highRiskIdvaReferral(victim);

        mvc.perform(get("/incidents/" + victim.incidentId()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Referrals"), containsString("Demo IDVA Service"),
                        containsString("Demo MARAC Coordination"), containsString("View the referral"))));
    }

    @Test
    void overdueReferralsAreOnTheSendersBoard() throws Exception {
        StaffAccount sender = staff.fresh(Role.OFFICER);
        Victim victim = victims().recorded();
        long refuge = directory.all().stream().filter(s -> s.code().equals("REFUGE")).findFirst().orElseThrow().id();
        Referral made = calls.as(sender.username(), () -> referrals.make(new NewReferral(victim.id(),
                Long.toString(refuge), null, "Needs a safe place", "GIVEN", null)));
        mvc.perform(get("/board").with(staff.as(sender.username())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Referrals overdue"),
                        not(containsString(victim.name())))));

        jdbc.sql("UPDATE referral.referral SET due_by = :due WHERE id = :id")
                .param("due", Timestamp.from(made.madeAt().minus(Duration.ofHours(1)))).param("id", made.id()).update();

        mvc.perform(get("/board").with(staff.as(sender.username())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Referrals overdue"),
                        containsString(victim.name()), containsString("Demo Refuge: made"))));
    }

    @Test
    void theRoutingRulesPageShowsTheRulesInForceAndABadFileComesBackNamingTheLine() throws Exception {
        mvc.perform(get("/referrals/rules").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("high-risk-to-marac"), containsString("risk high"),
                        containsString("victim aged 16–17"), containsString("Publish a new version"))));
        mvc.perform(get("/referrals/rules").with(staff.as("officer"))).andExpect(status().isForbidden());
        int versions = calls.as("admin", () -> rules.versions().size());

        mvc.perform(post("/referrals/rules").with(staff.as("admin")).with(csrf())
                        .param("rules", "rules:\n  - id: a\n    refer-to: IDVA\n    reason: A.\n    when:\n      pets: true\n")
                        .param("note", "Pets"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Line 6: unknown condition &#39;pets&#39;"))));

        assertThat(calls.as("admin", () -> rules.versions().size())).isEqualTo(versions);
    }

    @Test
    void theIncidentPageOffersAReferralFromThatIncidentAndTheFormShowsWhichIncident() throws Exception {
        Victim victim = victims().recorded();
        String form = "/victims/" + victim.id() + "/referrals/new?incidentId=" + victim.incidentId();

        mvc.perform(get("/incidents/" + victim.incidentId()).with(staff.as("officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(form.replace("&", "&amp;"))));
        mvc.perform(get(form).with(staff.as("officer")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"incidentId\""),
                        containsString("incident " + victim.incidentId()))));
    }

    @Test
    void receivingAReferralTwiceIsShownAsAConflictNotAFieldErrorAndStepsAndRiskReadInWords() throws Exception {
        Victim victim = victims().recorded();
        Referral idva = highRiskIdvaReferral(victim);
        calls.as("idva", () -> answers.receive(idva.id(), idva.version()));

        mvc.perform(post("/referrals/" + idva.id() + "/receive").with(staff.as("idva")).with(csrf())
                        .param("version", Integer.toString(idva.version() + 1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("conflict", "This referral has already been received"));
        mvc.perform(get("/referrals/" + idva.id()).with(staff.as("idva")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(">High risk<"),
                        containsString(">Received<"), not(containsString(">RECEIVED<")))));
    }

    @Test
    void aMaracReferralLinksToItsMaracCase() throws Exception {
        Victim victim = victims().recorded();
        victims().assessed(victim, 14, Map.of());
        Referral marac = victims().referralsOnce(victim, 2).stream().filter(r -> r.serviceKind() == ServiceKind.MARAC)
                .findFirst().orElseThrow();

        mvc.perform(get("/referrals/" + marac.id()).with(staff.as("marac.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/marac/referrals/" + marac.id())));
    }

    @Test
    void theApiAnswersAnUnknownVictimWith404ProblemJsonAndAuditsNoOne() throws Exception {
        long unknown = Long.MAX_VALUE - 7;
        long audited = jdbc.sql("SELECT count(*) FROM audit.event WHERE subject_id = :id")
                .param("id", Long.toString(unknown)).query(Long.class).single();

        mvc.perform(get("/api/v1/victims/" + unknown + "/referrals").with(staff.as("officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE subject_id = :id")
                .param("id", Long.toString(unknown)).query(Long.class).single()).isEqualTo(audited);
    }
}
