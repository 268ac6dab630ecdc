package org.safeguard.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.Reader;
import org.safeguard.access.rules.RestrictionRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard rules that close records after the policy table, which cannot open them again. */
class RestrictionRulesTests {

    private static Map<FieldGroup, Visibility> allSeen() {
        Map<FieldGroup, Visibility> groups = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            groups.put(group, Visibility.SEEN);
        }
        return groups;
    }

    private static Map<FieldGroup, Visibility> apply(Restriction restriction, Purpose purpose, Role role,
                                                     Relationship... relationships) {
        return RestrictionRules.apply(allSeen(), Set.of(restriction),
                new Reader(Set.of(role), AgencyKind.POLICE, Set.of(relationships)), purpose);
    }

    @Test
    void staffInvolvedOnlyProfessionalStandardsAndSpecialists() {
        assertThat(apply(Restriction.STAFF_INVOLVED, Purpose.SCREEN, Role.SUPERVISOR, Relationship.SPOC).values())
                .containsOnly(Visibility.EXISTS_ONLY);
        assertThat(apply(Restriction.STAFF_INVOLVED, Purpose.SCREEN, Role.PARTNER, Relationship.GRANTED).values())
                .containsOnly(Visibility.EXISTS_ONLY);
        assertThat(apply(Restriction.STAFF_INVOLVED, Purpose.SCREEN, Role.PROFESSIONAL_STANDARDS).values())
                .containsOnly(Visibility.SEEN);
        assertThat(apply(Restriction.STAFF_INVOLVED, Purpose.SCREEN, Role.DA_SPECIALIST).values())
                .containsOnly(Visibility.SEEN);
    }

    @Test
    void noBreakGlassOnStaffInvolved() {
        assertThat(RestrictionRules.mayBreakGlass(Set.of(Restriction.STAFF_INVOLVED), Set.of(Role.OFFICER))).isFalse();
        assertThat(RestrictionRules.mayBreakGlass(Set.of(Restriction.RESTRICTED_VICTIM), Set.of(Role.OFFICER))).isTrue();
        assertThat(RestrictionRules.mayBreakGlass(Set.of(), Set.of(Role.ANALYST))).isFalse();
    }

    @Test
    void aRestrictedVictimOnlyForTheirWorkersThoseNamedGrantedOrBreakingTheGlassAndSpecialists() {
        assertThat(apply(Restriction.RESTRICTED_VICTIM, Purpose.SCREEN, Role.OFFICER).values())
                .containsOnly(Visibility.EXISTS_ONLY);
        assertThat(apply(Restriction.RESTRICTED_VICTIM, Purpose.SCREEN, Role.OFFICER, Relationship.TEAM_MEMBER).values())
                .containsOnly(Visibility.EXISTS_ONLY);
        for (Relationship opening : Set.of(Relationship.SPOC, Relationship.IDVA, Relationship.NAMED,
                Relationship.GRANTED, Relationship.BREAK_GLASS, Relationship.MARAC_ATTENDEE)) {
            assertThat(apply(Restriction.RESTRICTED_VICTIM, Purpose.SCREEN, Role.OFFICER, opening).values())
                    .as("%s", opening).containsOnly(Visibility.SEEN);
        }
        assertThat(apply(Restriction.RESTRICTED_VICTIM, Purpose.SCREEN, Role.DA_SPECIALIST).values())
                .containsOnly(Visibility.SEEN);
    }

    @Test
    void aConfidentialAddressOnlyForTheSpocTheIdvaAndNamedSpecialists() {
        assertThat(apply(Restriction.CONFIDENTIAL_ADDRESS, Purpose.SCREEN, Role.DA_SPECIALIST).get(FieldGroup.CURRENT_ADDRESS))
                .isEqualTo(Visibility.EXISTS_ONLY);
        assertThat(apply(Restriction.CONFIDENTIAL_ADDRESS, Purpose.SCREEN, Role.OFFICER, Relationship.GRANTED)
                .get(FieldGroup.CURRENT_ADDRESS)).isEqualTo(Visibility.EXISTS_ONLY);
        Map<FieldGroup, Visibility> spoc = apply(Restriction.CONFIDENTIAL_ADDRESS, Purpose.SCREEN, Role.OFFICER, Relationship.SPOC);
        assertThat(spoc.values()).containsOnly(Visibility.SEEN);
        assertThat(apply(Restriction.CONFIDENTIAL_ADDRESS, Purpose.SCREEN, Role.DA_SPECIALIST, Relationship.NAMED)
                .get(FieldGroup.CURRENT_ADDRESS)).isEqualTo(Visibility.SEEN);
        assertThat(apply(Restriction.CONFIDENTIAL_ADDRESS, Purpose.SCREEN, Role.OFFICER).get(FieldGroup.IDENTITY))
                .isEqualTo(Visibility.SEEN);
    }

    @Test
    void aConfidentialAddressIsNeverPrintedOrExportedWhoeverReads() {
        for (Purpose purpose : Set.of(Purpose.PRINT, Purpose.EXPORT)) {
            assertThat(apply(Restriction.CONFIDENTIAL_ADDRESS, purpose, Role.IDVA, Relationship.IDVA, Relationship.SPOC,
                    Relationship.NAMED).get(FieldGroup.CURRENT_ADDRESS)).as("%s", purpose).isEqualTo(Visibility.EXISTS_ONLY);
        }
    }

    @Test
    void aSpecialistRestrictsAVictimAndProfessionalStandardsMarkStaffInvolved() {
        assertThat(RestrictionRules.mayRestrict(Restriction.RESTRICTED_VICTIM, Set.of(Role.DA_SPECIALIST), false)).isTrue();
        assertThat(RestrictionRules.mayRestrict(Restriction.RESTRICTED_VICTIM, Set.of(Role.SUPERVISOR), false)).isFalse();
        assertThat(RestrictionRules.mayRestrict(Restriction.STAFF_INVOLVED, Set.of(Role.PROFESSIONAL_STANDARDS), false)).isTrue();
        assertThat(RestrictionRules.mayRestrict(Restriction.STAFF_INVOLVED, Set.of(Role.OFFICER), false)).isFalse();
        assertThat(RestrictionRules.mayRestrict(Restriction.CONFIDENTIAL_ADDRESS, Set.of(Role.PARTNER), true)).isTrue();
        assertThat(RestrictionRules.mayRestrict(Restriction.CONFIDENTIAL_ADDRESS, Set.of(Role.PARTNER), false)).isFalse();
        assertThat(RestrictionRules.mayLift(Restriction.CONFIDENTIAL_ADDRESS, Set.of(Role.CALL_HANDLER), false)).isFalse();
    }
}
