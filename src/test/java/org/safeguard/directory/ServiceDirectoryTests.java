package org.safeguard.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The directory against the real database: administrators add and change services (checked, audited, stale
 * versions refused); routing finds the service naming the victim's area before one covering everywhere.
 */
@SafeguardTest
class ServiceDirectoryTests {

    @Autowired
    ServiceDirectory directory;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static NewPartnerService refuge(String code, List<String> areas, String sla) {
        return new NewPartnerService(code, "Test Refuge " + code, "REFUGE", "REFUGE", areas, "Safe rooms",
                "Through Safeguard", "Always", sla);
    }

    @Test
    void theDemoPartnershipHasAServiceOfEveryKindTheRulesReferTo() {
        for (ServiceKind kind : List.of(ServiceKind.MARAC, ServiceKind.IDVA, ServiceKind.CHILDRENS_SERVICES,
                ServiceKind.HONOUR_BASED_ABUSE, ServiceKind.YOUNG_PEOPLE, ServiceKind.STALKING_ADVOCACY,
                ServiceKind.VICTIM_CARE_HUB, ServiceKind.REFUGE, ServiceKind.HOUSING)) {
            assertThat(directory.serving(kind, "Testtown")).as(kind.name()).isPresent();
        }
        assertThat(directory.serving(ServiceKind.MARAC, "Hertford").orElseThrow().agencyCode()).isEqualTo("POLICE");
        assertThat(directory.serving(ServiceKind.IDVA, "Hertford").orElseThrow().agencyCode()).isEqualTo("IDVA_SERVICE");
    }

    @Test
    void aServiceNamingTheVictimsAreaComesBeforeOneCoveringEverywhere() {
        assertThat(directory.serving(ServiceKind.IDVA, "Hitchin").orElseThrow().code()).isEqualTo("IDVA-NORTH");
        assertThat(directory.serving(ServiceKind.IDVA, "hitchin ").orElseThrow().code()).isEqualTo("IDVA-NORTH");
        assertThat(directory.serving(ServiceKind.IDVA, "Watford").orElseThrow().code()).isEqualTo("IDVA");
        assertThat(directory.serving(ServiceKind.IDVA, null).orElseThrow().code()).isEqualTo("IDVA");
    }

    @Test
    void anAdministratorAddsAServiceWithAreasTypedOnePerLineOrWithCommasAndItIsAudited() {
        String code = code();

        PartnerService added = calls.as("admin", () -> directory.add(refuge(code.toLowerCase(),
                List.of("Luton, Dunstable\nBedford\n\nLuton"), "12")));

        assertThat(added.code()).isEqualTo(code);
        assertThat(added.areas()).containsExactly("Luton", "Dunstable", "Bedford");
        assertThat(added.slaHours()).isEqualTo(12);
        assertThat(added.createdBy()).isEqualTo("admin");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'PARTNER_SERVICE_ADDED' AND subject_id = :id")
                .param("id", Long.toString(added.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aServiceWithoutNameKindAgencyOrSlaIsRefusedFieldByFieldAndNothingIsSaved() {
        int before = directory.all().size();

        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> calls.as("admin",
                () -> directory.add(new NewPartnerService("x", " ", "WIZARDS", "NOBODY", List.of(), "", "", "", "0"))));

        assertThat(refused.byField()).containsKeys("code", "name", "kind", "agencyCode", "offers", "referralRoute",
                "hours", "slaHours");
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void aCodeAlreadyInUseIsRefused() {
        String code = code();
        calls.as("admin", () -> directory.add(refuge(code, List.of(), "4")));

        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as("admin",
                () -> directory.add(refuge(code, List.of(), "4")))).byField()).containsKey("code");
    }

    @Test
    void changingAServiceWithAStaleVersionIsRefusedAndAnInactiveServiceIsNotRoutedTo() {
        String code = code();
        PartnerService added = calls.as("admin", () -> directory.add(refuge(code, List.of("Zedtown"), "4")));
        assertThat(directory.serving(ServiceKind.REFUGE, "Zedtown").orElseThrow().code()).isEqualTo(code);

        PartnerService changed = calls.as("admin", () -> directory.change(added.id(), added.version(),
                refuge(code, List.of("Zedtown"), "6"), false));

        assertThat(changed.active()).isFalse();
        assertThat(changed.slaHours()).isEqualTo(6);
        assertThat(directory.serving(ServiceKind.REFUGE, "Zedtown").orElseThrow().code()).isNotEqualTo(code);
        assertThat(catchThrowableOfType(ConcurrentEdit.class, () -> calls.as("admin", () -> directory.change(added.id(),
                added.version(), refuge(code, List.of(), "8"), true)))).isNotNull();
    }

    @Test
    void onlyAnAdministratorChangesTheDirectory() {
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> calls.as("supervisor",
                () -> directory.add(refuge(code(), List.of(), "4"))))).isNotNull();
    }
}
