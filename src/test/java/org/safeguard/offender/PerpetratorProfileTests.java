package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.WarningMarker;
import org.safeguard.intake.IncidentFile;
import org.safeguard.safeguarding.Cases;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8: the profile of a perpetrator across victims, through record linkage — every incident of every
 * record of theirs, each victim once however often recorded, their warning markers, safeguarding's victims'
 * cases for those who work cases, and every view in the audit log.
 */
@SafeguardTest
class PerpetratorProfileTests {

    @Autowired
    Calls calls;
    @Autowired
    Perpetrators perpetrators;
    @Autowired
    PersonLinks links;
    @Autowired
    PersonRecords people;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail audit;

    @Test
    void theProfileShowsEveryIncidentOfEveryLinkedRecordAcrossTwoVictimsEachVictimOnce() {
        String him = Calls.unusedFamilyName();
        String alias = Calls.unusedFamilyName();
        String first = Calls.unusedFamilyName();
        String second = Calls.unusedFamilyName();
        IncidentFile withFirst = Perpetrator.incident(calls, "Ada", first, "Ivo", him, 200);
        IncidentFile withFirstAgain = Perpetrator.incident(calls, "Ada", first, "Ivo", him, 100);
        IncidentFile withSecond = Perpetrator.incident(calls, "Bea", second, "Ivan", alias, 5);
        long record = Perpetrator.suspect(withFirst);
        long aliasRecord = Perpetrator.suspect(withSecond);
        calls.as("specialist", () -> links.link(record, aliasRecord, "The same man under another name"));

        PerpetratorProfile profile = calls.as("specialist", () -> perpetrators.profile(aliasRecord));

        assertThat(profile.recordIds()).contains(record, aliasRecord);
        assertThat(profile.incidents()).extracting(PerpetratorProfile.IncidentLine::reference).containsExactly(
                withSecond.incident().reference(), withFirstAgain.incident().reference(), withFirst.incident().reference());
        assertThat(profile.incidents().get(0).victimNames()).containsExactly("Bea " + second);
        assertThat(profile.victims()).extracting(PerpetratorProfile.VictimLine::name, PerpetratorProfile.VictimLine::incidents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada " + first, 2),
                        org.assertj.core.groups.Tuple.tuple("Bea " + second, 1));
        assertThat(profile.restricted()).isFalse();
    }

    @Test
    void aVictimRecordedUnderTwoLinkedRecordsIsOneVictimOverTime() {
        String him = Calls.unusedFamilyName();
        String her = Calls.unusedFamilyName();
        String herMarried = Calls.unusedFamilyName();
        IncidentFile before = Perpetrator.incident(calls, "Cara", her, "Olek", him, 60);
        IncidentFile after = Perpetrator.incident(calls, "Cara", herMarried, "Olek", him, 2);
        calls.as("specialist", () -> links.link(Perpetrator.victim(before), Perpetrator.victim(after), "Married name"));

        PerpetratorProfile profile = calls.as("officer", () -> perpetrators.profile(Perpetrator.suspect(after)));

        assertThat(profile.incidents()).hasSize(2);
        assertThat(profile.victims()).singleElement().satisfies(victim -> {
            assertThat(victim.incidents()).isEqualTo(2);
            assertThat(victim.name()).isEqualTo("Cara " + herMarried);
        });
    }

    @Test
    void warningMarkersOnAnyRecordOfThePerpetratorAreShown() {
        IncidentFile file = Perpetrator.incident(calls, "Dee", Calls.unusedFamilyName(), "Rab", Calls.unusedFamilyName(), 1);
        long suspect = Perpetrator.suspect(file);
        people.importMarkers(List.of(new WarningMarker(suspect, WarningMarker.Kind.WEAPONS, "Carries a knife")), "POLICE");

        PerpetratorProfile profile = calls.as("officer", () -> perpetrators.profile(suspect));

        assertThat(profile.markers()).containsExactly(new PerpetratorProfile.Marker("Weapons", "Carries a knife"));
    }

    @Test
    void aCaseWorkerSeesEachVictimsCaseWithItsSpocFromSafeguarding() {
        String her = Calls.unusedFamilyName();
        IncidentFile file = Perpetrator.incident(calls, "Edie", her, "Sol", Calls.unusedFamilyName(), 1);
        long victim = Perpetrator.victim(file);
        long caseId = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victim))).id();

        PerpetratorProfile profile = calls.as("officer", () -> perpetrators.profile(Perpetrator.suspect(file)));

        assertThat(profile.sectionsNotShown()).isEmpty();
        assertThat(profile.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Victims' cases");
            assertThat(section.lines()).singleElement().satisfies(line -> {
                assertThat(line.label()).isEqualTo("Edie " + her);
                assertThat(line.text()).startsWith("SPOC: ");
                assertThat(line.linkPath()).isEqualTo("/cases/" + caseId);
            });
        });
    }

    @Test
    void professionalStandardsDoNotWorkCasesSoSeeNoVictimsCases() {
        IncidentFile file = Perpetrator.incident(calls, "Fay", Calls.unusedFamilyName(), "Tam", Calls.unusedFamilyName(), 1);
        Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(Perpetrator.victim(file))));

        PerpetratorProfile profile = calls.as("professional.standards", () -> perpetrators.profile(Perpetrator.suspect(file)));

        assertThat(profile.incidents()).hasSize(1);
        assertThat(profile.sections()).isEmpty();
        assertThat(profile.sectionsNotShown()).isEmpty();
    }

    @Test
    void everyProfileViewIsInTheAuditLog() {
        IncidentFile file = Perpetrator.incident(calls, "Gil", Calls.unusedFamilyName(), "Uri", Calls.unusedFamilyName(), 1);
        long suspect = Perpetrator.suspect(file);

        calls.as("supervisor", () -> perpetrators.profile(suspect));

        List<AuditRecord> rows = audit.recent("supervisor", "person", Long.toString(suspect), 5);
        assertThat(rows).extracting(AuditRecord::action).contains("PERPETRATOR_PROFILE_VIEWED");
    }
}
