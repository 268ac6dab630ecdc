package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.IncidentFile;
import org.safeguard.offender.rules.StaffRestriction;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Records in which the organisation's own staff are perpetrator or victim (Bedfordshire's strategy): only
 * professional standards and the specialist team see them; anyone else is refused, and the attempt is audited.
 */
@SafeguardTest
class StaffRestrictionTests {

    @Autowired
    Calls calls;
    @Autowired
    Perpetrators perpetrators;
    @Autowired
    AuditTrail audit;

    @Test
    void onlyProfessionalStandardsAndSpecialistsMaySeeStaffRecords() {
        assertThat(StaffRestriction.maySee(Set.of(Role.PROFESSIONAL_STANDARDS))).isTrue();
        assertThat(StaffRestriction.maySee(Set.of(Role.DA_SPECIALIST, Role.OFFICER))).isTrue();
        assertThat(StaffRestriction.maySee(Set.of(Role.OFFICER, Role.SUPERVISOR))).isFalse();
    }

    @Test
    void anOfficerOpeningAStaffPerpetratorsProfileIsRefusedAndTheAttemptAudited() {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Hana", Calls.unusedFamilyName(), "Kai",
                Calls.unusedFamilyName(), 1));
        mark("professional.standards", suspect, "Serving constable");

        assertThatThrownBy(() -> calls.as("officer", () -> perpetrators.profile(suspect)))
                .isInstanceOf(Perpetrators.RestrictedRecord.class)
                .hasMessage("This record is restricted: only professional standards and the specialist team can open it");
        assertThat(audit.recent("officer", "person", Long.toString(suspect), 5)).extracting(AuditRecord::action)
                .containsExactly("PERPETRATOR_PROFILE_REFUSED");
    }

    @Test
    void theAuditOfAMarkingNamesTheActNotTheFreeTextReason() {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Gil", Calls.unusedFamilyName(), "Hal",
                Calls.unusedFamilyName(), 1));

        mark("professional.standards", suspect, "Serving constable at Testtown station");

        assertThat(audit.recent("professional.standards", "person", Long.toString(suspect), 5))
                .filteredOn(r -> r.action().equals("PERSON_MARKED_STAFF")).singleElement()
                .satisfies(r -> assertThat(r.reason()).doesNotContain("constable", "Testtown"));
    }

    @Test
    void professionalStandardsAndASpecialistOpenAStaffPerpetratorsProfile() {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Ines", Calls.unusedFamilyName(), "Lev",
                Calls.unusedFamilyName(), 1));
        mark("specialist", suspect, "Police staff, control room");

        for (String reader : new String[] {"professional.standards", "specialist"}) {
            PerpetratorProfile profile = calls.as(reader, () -> perpetrators.profile(suspect));
            assertThat(profile.restricted()).isTrue();
            assertThat(profile.restrictedReason()).isEqualTo("Police staff, control room");
            assertThat(audit.recent(reader, "person", Long.toString(suspect), 5)).extracting(AuditRecord::action)
                    .contains("PERPETRATOR_PROFILE_VIEWED");
        }
    }

    @Test
    void aVictimWhoIsStaffIsARestrictedRecordToAnOfficerAndNamedToASpecialist() {
        String her = Calls.unusedFamilyName();
        IncidentFile file = Perpetrator.incident(calls, "Jo", her, "Max", Calls.unusedFamilyName(), 1);
        mark("specialist", Perpetrator.victim(file), "Serving sergeant");

        PerpetratorProfile officers = calls.as("officer", () -> perpetrators.profile(Perpetrator.suspect(file)));
        PerpetratorProfile specialists = calls.as("specialist", () -> perpetrators.profile(Perpetrator.suspect(file)));

        assertThat(officers.victims()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Restricted record");
            assertThat(v.restricted()).isTrue();
        });
        assertThat(officers.incidents().get(0).victimNames()).containsExactly("Restricted record");
        assertThat(officers.toString()).doesNotContain(her);
        assertThat(specialists.victims()).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("Jo " + her));
    }

    @Test
    void markingStaffNeedsAReasonAndARoleThatMayMark() {
        long suspect = Perpetrator.suspect(Perpetrator.incident(calls, "Kit", Calls.unusedFamilyName(), "Ned",
                Calls.unusedFamilyName(), 1));

        assertThatThrownBy(() -> mark("specialist", suspect, "  ")).isInstanceOf(InvalidRequest.class).hasMessageContaining("Enter why");
        assertThatThrownBy(() -> mark("officer", suspect, "A colleague")).isInstanceOf(AccessDeniedException.class);
        assertThat(calls.as("officer", () -> perpetrators.profile(suspect)).restricted()).isFalse();
    }

    private void mark(String who, long personId, String reason) {
        calls.as(who, () -> {
            perpetrators.markStaff(personId, reason);
            return null;
        });
    }
}
