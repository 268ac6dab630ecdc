package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.PersonRestriction;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Refuge and sanctuary addresses: recording one restricts the record at once; the address is shown only to the
 * person's SPOC, IDVA and named specialists; an ordinary address recorded later lifts the restriction while the
 * refuge stays confidential; a search for the refuge's address lists nothing at it to anyone else.
 */
@SafeguardTest
class ConfidentialAddressTests {

    private static final String REFUGE_LINE = "Rowan House, 3 Larch Walk";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    PersonProfiles profiles;
    @Autowired
    RecordAccess access;
    @Autowired
    IncidentHistory history;

    /** A victim moved to a refuge by an officer; a specialist restricts her record naming one specialist. */
    record InRefuge(long id, String family, String postcode, String specialist, String named) {
    }

    InRefuge inRefuge() {
        String officer = staff.fresh(Role.OFFICER).username();
        String family = Calls.unusedFamilyName();
        String postcode = Calls.unusedPostcode();
        long id = calls.as(officer, () -> {
            long made = people.resolve(new PersonDetails("Nadia", family, LocalDate.of(1991, 2, 3), Sex.FEMALE), "POLICE").id();
            people.recordCurrentAddress(made, new NewAddress("8 Beech Road", null, "Testtown", Calls.unusedPostcode(), null));
            people.recordConfidentialAddress(made, new NewAddress(REFUGE_LINE, null, "Testtown", postcode, null),
                    ConfidentialKind.REFUGE, "Fled with the children; he knows her usual places");
            return made;
        });
        String specialist = staff.fresh(Role.DA_SPECIALIST).username();
        String named = staff.fresh(Role.DA_SPECIALIST).username();
        calls.as(specialist, () -> profiles.restrict(id, "Refuge placement: keep the circle small", named));
        return new InRefuge(id, family, postcode, specialist, named);
    }

    @Test
    void aRefugeAddressRestrictsTheRecordAndIsShownOnlyToTheNamedSpecialist() throws Exception {
        InRefuge victim = inRefuge();

        List<PersonRestriction> inForce = calls.as(victim.named(), () -> access.restrictionsOn(victim.id()));
        assertThat(inForce).extracting(PersonRestriction::kind)
                .contains(Restriction.CONFIDENTIAL_ADDRESS, Restriction.RESTRICTED_VICTIM);
        assertThat(page(victim.named(), victim.id(), 200)).contains(REFUGE_LINE, victim.postcode(), "Refuge: confidential",
                "8 Beech Road");
        String otherSpecialist = page(victim.specialist(), victim.id(), 200);
        assertThat(otherSpecialist).contains("Nadia " + victim.family(), "Confidential address", "Not shown to you")
                .doesNotContain(REFUGE_LINE, victim.postcode());
        assertThat(page(staff.fresh(Role.OFFICER).username(), victim.id(), 403)).doesNotContain(REFUGE_LINE);
    }

    @Test
    void aConfidentialAddressNeedsAReasonAndAKindAndChangesNothingWithoutThem() {
        String officer = staff.fresh(Role.OFFICER).username();
        long id = calls.as(officer, () -> people.resolve(new PersonDetails("Nadia", Calls.unusedFamilyName(),
                LocalDate.of(1991, 2, 3), Sex.FEMALE), "POLICE").id());

        InvalidRequest refused = (InvalidRequest) org.assertj.core.api.Assertions.catchThrowable(() -> calls.as(officer, () -> {
            people.recordConfidentialAddress(id, new NewAddress(REFUGE_LINE, null, "Testtown", "not a postcode", null), null, " ");
            return null;
        }));
        assertThat(refused.byField()).containsKeys("kind", "reason", "postcode");
        assertThat(calls.as(officer, () -> access.restrictionsOn(id))).isEmpty();
        assertThatThrownBy(() -> calls.as(staff.fresh(Role.ANALYST).username(), () -> {
            people.recordConfidentialAddress(id, new NewAddress(REFUGE_LINE, null, "Testtown", Calls.unusedPostcode(), null),
                    ConfidentialKind.REFUGE, "Refuge");
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anOrdinaryAddressRecordedLaterLiftsTheRestrictionButTheRefugeStaysConfidential() throws Exception {
        InRefuge victim = inRefuge();

        mvc.perform(post("/people/" + victim.id() + "/addresses").with(staff.as(victim.named())).with(csrf())
                .param("kind", "ORDINARY").param("line1", "40 Willow Crescent").param("town", "Testtown")
                .param("postcode", Calls.unusedPostcode()));
        PersonRestriction specialists = calls.as(victim.specialist(), () -> access.restrictionsOn(victim.id())).stream()
                .filter(r -> r.kind() == Restriction.RESTRICTED_VICTIM).findFirst().orElseThrow();
        assertThat(calls.as(victim.specialist(), () -> access.restrictionsOn(victim.id())))
                .extracting(PersonRestriction::kind).doesNotContain(Restriction.CONFIDENTIAL_ADDRESS);
        calls.as(victim.specialist(), () -> {
            profiles.lift(victim.id(), specialists.id(), "Placement ended", specialists.version());
            return null;
        });

        String officers = page(staff.fresh(Role.OFFICER).username(), victim.id(), 200);
        assertThat(officers).contains("40 Willow Crescent", "8 Beech Road", "Refuge: confidential",
                "Confidential address: ask the specialist team").doesNotContain(REFUGE_LINE, victim.postcode());
    }

    @Test
    void theHistoryPanelWithholdsWhoLivesAndWhatHappenedAtAConfidentialAddress() {
        InRefuge victim = inRefuge();
        String family = Calls.unusedFamilyName();
        calls.record(staff.fresh(Role.OFFICER).username(), Calls.domesticAbuse(Instant.now().minus(2, ChronoUnit.HOURS),
                calls.unusedPhone(), REFUGE_LINE, victim.postcode(), Calls.victim("Olwen", family, LocalDate.of(1980, 5, 6)),
                Calls.suspect("Rhys", family, LocalDate.of(1979, 1, 2)), "IMMEDIATE"));
        HistoryQuery atTheRefuge = new HistoryQuery(null, REFUGE_LINE, victim.postcode(), null, null, null);

        History officers = calls.as(staff.fresh(Role.OFFICER).username(), () -> history.lookUp(atTheRefuge));
        assertThat(officers.searched()).contains("A confidential address: ask the specialist team");
        assertThat(officers.incidents()).isEmpty();
        assertThat(officers.toString()).doesNotContain(family, victim.family());

        History named = calls.as(victim.named(), () -> history.lookUp(atTheRefuge));
        assertThat(named.incidents()).flatExtracting(History.PastIncident::parties).anyMatch(p -> p.contains("Olwen"));
    }

    private String page(String username, long personId, int status) throws Exception {
        MvcResult result = PersonPageReads.read(mvc, get("/people/" + personId), staff.as(username));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }
}
