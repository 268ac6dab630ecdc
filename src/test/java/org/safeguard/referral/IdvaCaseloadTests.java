package org.safeguard.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.directory.NewPartnerService;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * IDVA caseloads as the dashboard reads them (issue 9; SafeLives: a live caseload of 60–80 and about 100 referrals a
 * year per full-time IDVA): each IDVA service's full-time workers, its referrals accepted and not closed, and the
 * referrals made to it in the period, whatever became of them.
 */
@SafeguardTest
class IdvaCaseloadTests {

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

    private PartnerService idvaService(String fullTimeWorkers) {
        String code = "T-IDVA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return calls.as("admin", () -> directory.add(new NewPartnerService(code, "Test IDVA " + code, "IDVA",
                "IDVA_SERVICE", List.of("Caseloadby " + Calls.unusedFamilyName()), "Advocacy", "Through Safeguard",
                "Weekdays", "24", fullTimeWorkers)));
    }

    private Referral referredTo(PartnerService service) {
        Victims.Victim victim = new Victims(calls, assessments, referrals).recorded();
        return calls.as("officer", () -> referrals.make(new NewReferral(victim.id(), Long.toString(service.id()),
                victim.incidentId(), "Wants an IDVA", "GIVEN", null)));
    }

    private Referral accepted(Referral made) {
        Referral received = calls.as("idva", () -> answers.receive(made.id(), made.version()));
        return calls.as("idva", () -> answers.accept(received.id(), received.version(), "idva"));
    }

    private IdvaCaseload caseloadOf(PartnerService service, Instant from, Instant to) {
        return calls.as("analyst", () -> referrals.idvaCaseloads(from, to)).stream()
                .filter(c -> c.serviceId() == service.id()).findFirst().orElseThrow();
    }

    @Test
    void theLiveCaseloadIsReferralsAcceptedAndNotClosedAndReceivedCountsEveryReferralMadeInThePeriod() {
        PartnerService service = idvaService("2.5");
        Instant before = Instant.now();
        accepted(referredTo(service));
        Referral closing = accepted(referredTo(service));
        calls.as("officer", () -> referrals.close(closing.id(), closing.version(), "Support ended"));
        referredTo(service);
        Instant after = Instant.now().plusSeconds(1);

        IdvaCaseload now = caseloadOf(service, before, after);

        assertThat(now).isEqualTo(new IdvaCaseload(service.id(), service.name(), 2.5, 1, 3));
        assertThat(caseloadOf(service, before.minus(Duration.ofDays(30)), before).referralsReceived()).isZero();
        assertThat(caseloadOf(service, before.minus(Duration.ofDays(30)), before).openCases()).isEqualTo(1);
    }

    @Test
    void anInactiveIdvaServiceWithNothingToCountIsLeftOutAndTheDemoServicesHaveTheirWorkers() {
        PartnerService retired = idvaService("");
        calls.as("admin", () -> directory.change(retired.id(), retired.version(), new NewPartnerService(retired.code(),
                retired.name(), "IDVA", "IDVA_SERVICE", retired.areas(), retired.offers(), retired.referralRoute(),
                retired.hours(), "24", ""), false));

        List<IdvaCaseload> listed = calls.as("supervisor", () -> referrals.idvaCaseloads(Instant.now().minus(Duration.ofDays(365)),
                Instant.now()));

        assertThat(listed).extracting(IdvaCaseload::serviceId).doesNotContain(retired.id());
        assertThat(listed).filteredOn(c -> c.serviceName().startsWith("Demo IDVA Service"))
                .extracting(IdvaCaseload::fullTimeWorkers).containsExactly(12.0, 4.5);
    }

    @Test
    void caseloadsAreForTheDashboardsReadersOnly() {
        assertThatThrownBy(() -> calls.as("idva", () -> referrals.idvaCaseloads(Instant.now().minusSeconds(60), Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
