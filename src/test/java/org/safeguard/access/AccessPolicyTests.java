package org.safeguard.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.AccessPolicy;
import org.safeguard.access.rules.PolicyFile;
import org.safeguard.access.rules.Reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy table as shipped in access/policy.csv, and how a bad file is refused at start-up. */
class AccessPolicyTests {

    private static final AccessPolicy POLICY = shipped();
    private static final Set<RecordType> OPERATIONAL_TYPES = EnumSet.of(RecordType.PERSON, RecordType.INCIDENT, RecordType.CASE);
    private static final Set<FieldGroup> WORKING_GROUPS = EnumSet.of(FieldGroup.IDENTITY, FieldGroup.CONTACT_DETAILS,
            FieldGroup.CURRENT_ADDRESS, FieldGroup.RISK);

    private static AccessPolicy shipped() {
        try (InputStream in = AccessPolicyTests.class.getClassLoader().getResourceAsStream("access/policy.csv")) {
            return PolicyFile.read("access/policy.csv",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader reader(Role role, AgencyKind kind, Relationship... relationships) {
        return new Reader(Set.of(role), kind, Set.of(relationships));
    }

    @Test
    void aCallHandlerSeesHistoryAtTheFirstCallWithoutAnyRelationship() {
        for (Role role : List.of(Role.CALL_HANDLER, Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST,
                Role.PROFESSIONAL_STANDARDS)) {
            for (RecordType type : OPERATIONAL_TYPES) {
                for (FieldGroup group : WORKING_GROUPS) {
                    assertThat(POLICY.visibility(type, group, reader(role, AgencyKind.POLICE)))
                            .as("%s %s %s", role, type, group).isEqualTo(Visibility.SEEN);
                }
            }
        }
    }

    @Test
    void aPartnerWithoutARelationshipSeesOnlyThatTheRecordExists() {
        for (RecordType type : OPERATIONAL_TYPES) {
            assertThat(POLICY.visibilities(type, reader(Role.PARTNER, AgencyKind.CHILDRENS_SERVICES)).values())
                    .containsOnly(Visibility.EXISTS_ONLY);
        }
    }

    @Test
    void aPartnerInTheAreaSeesARedactedIdentityAndGrantedOrTeamSeesIt() {
        Reader area = reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.AREA);
        assertThat(POLICY.visibility(RecordType.CASE, FieldGroup.IDENTITY, area)).isEqualTo(Visibility.REDACTED);
        assertThat(POLICY.visibility(RecordType.CASE, FieldGroup.CURRENT_ADDRESS, area)).isEqualTo(Visibility.EXISTS_ONLY);
        for (Relationship opening : List.of(Relationship.TEAM_MEMBER, Relationship.GRANTED, Relationship.BREAK_GLASS)) {
            assertThat(POLICY.visibility(RecordType.CASE, FieldGroup.IDENTITY, reader(Role.PARTNER, AgencyKind.HOUSING, opening)))
                    .as("%s", opening).isEqualTo(Visibility.SEEN);
        }
    }

    @Test
    void anIdvaSeesTheirOwnVictimsFullyTheAreaRedactedAndOthersOnlyAsExisting() {
        assertThat(POLICY.visibilities(RecordType.CASE, reader(Role.IDVA, AgencyKind.IDVA_SERVICE, Relationship.IDVA)).values())
                .containsOnly(Visibility.SEEN);
        assertThat(POLICY.visibility(RecordType.CASE, FieldGroup.IDENTITY,
                reader(Role.IDVA, AgencyKind.IDVA_SERVICE, Relationship.AREA))).isEqualTo(Visibility.REDACTED);
        assertThat(POLICY.visibilities(RecordType.CASE, reader(Role.IDVA, AgencyKind.IDVA_SERVICE)).values())
                .containsOnly(Visibility.EXISTS_ONLY);
    }

    @Test
    void maracMinutesOnlyForTheCircleTheSpocTheIdvaAndSpecialists() {
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.MARAC, reader(Role.OFFICER, AgencyKind.POLICE)))
                .isEqualTo(Visibility.REDACTED);
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.MARAC,
                reader(Role.OFFICER, AgencyKind.POLICE, Relationship.SPOC))).isEqualTo(Visibility.SEEN);
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.MARAC,
                reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.MARAC_ATTENDEE))).isEqualTo(Visibility.SEEN);
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.MARAC,
                reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.GRANTED))).isEqualTo(Visibility.REDACTED);
    }

    @Test
    void healthDetailsAtMaracOnlyForAHealthAgencysRepresentative() {
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.HEALTH,
                reader(Role.PARTNER, AgencyKind.HEALTH, Relationship.MARAC_ATTENDEE))).isEqualTo(Visibility.SEEN);
        assertThat(POLICY.visibility(RecordType.MARAC_CASE, FieldGroup.HEALTH,
                reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.MARAC_ATTENDEE))).isEqualTo(Visibility.REDACTED);
        assertThat(POLICY.visibility(RecordType.CASE, FieldGroup.HEALTH, reader(Role.OFFICER, AgencyKind.POLICE)))
                .isEqualTo(Visibility.REDACTED);
    }

    @Test
    void analystsAndAdministratorsSeeOnlyThatRecordsExist() {
        for (Role role : List.of(Role.ANALYST, Role.ADMIN)) {
            for (RecordType type : RecordType.values()) {
                assertThat(POLICY.visibilities(type, reader(role, AgencyKind.POLICE)).values()).containsOnly(Visibility.EXISTS_ONLY);
            }
        }
    }

    @Test
    void everyRoleHasARowForEveryRecordTypeSoNothingIsClosedByAccident() {
        for (RecordType type : RecordType.values()) {
            assertThat(POLICY.rolesWithoutRows(type)).as("%s", type).isEmpty();
        }
    }

    @Test
    void aBadRowStopsStartUpNamingTheLine() {
        assertThatThrownBy(() -> PolicyFile.read("policy.csv", List.of("# comment", PolicyFile.HEADER,
                "CASE,IDENTITY,NONE,OFFICER,POLICE,SEEN", "CASE,IDENTITY,NONE,CONSTABLE,POLICE,SEEN")))
                .hasMessageContaining("policy.csv line 4").hasMessageContaining("unknown role 'CONSTABLE'");
        assertThatThrownBy(() -> PolicyFile.read("policy.csv", List.of(PolicyFile.HEADER, "CASE,IDENTITY,NONE,OFFICER")))
                .hasMessageContaining("line 2").hasMessageContaining("expected 6 values");
        assertThatThrownBy(() -> PolicyFile.read("policy.csv", List.of("record_type,role", "CASE,OFFICER")))
                .hasMessageContaining("line 1").hasMessageContaining("header");
    }

    @Test
    void aRowRepeatingAnothersReaderIsRefusedBecauseOneOfThemWouldMeanNothing() {
        assertThatThrownBy(() -> PolicyFile.read("policy.csv", List.of(PolicyFile.HEADER,
                "*,*,NONE,OFFICER,POLICE,SEEN", "CASE,HEALTH,NONE,OFFICER,POLICE,REDACTED")))
                .hasMessageContaining("line 3").hasMessageContaining("repeats the reader of line 2");
    }

    @Test
    void theMostOpenMatchingRowWinsAndNoRowMeansExistsOnly() {
        AccessPolicy policy = PolicyFile.read("p", List.of(PolicyFile.HEADER,
                "CASE,RISK,NONE,PARTNER,*,REDACTED", "CASE,RISK,GRANTED,PARTNER,*,SEEN"));
        assertThat(policy.visibility(RecordType.CASE, FieldGroup.RISK, reader(Role.PARTNER, AgencyKind.HOUSING)))
                .isEqualTo(Visibility.REDACTED);
        assertThat(policy.visibility(RecordType.CASE, FieldGroup.RISK,
                reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.GRANTED))).isEqualTo(Visibility.SEEN);
        assertThat(policy.visibility(RecordType.CASE, FieldGroup.IDENTITY,
                reader(Role.PARTNER, AgencyKind.HOUSING, Relationship.GRANTED))).isEqualTo(Visibility.EXISTS_ONLY);
    }
}
