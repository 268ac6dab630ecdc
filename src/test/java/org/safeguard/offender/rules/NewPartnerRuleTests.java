package org.safeguard.offender.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** 'Right to know': a prompt only for a partner never before a victim of the perpetrator, linked records as one person. */
class NewPartnerRuleTests {

    @Test
    void aVictimNamedOnlyInThisIncidentIsANewPartner() {
        assertThat(NewPartnerRule.newToPerpetrator(Set.of(20L), 3, Map.of(1L, Set.of(10L), 2L, Set.of(11L), 3L, Set.of(20L))))
                .isTrue();
    }

    @Test
    void aVictimOfAnEarlierIncidentIsNotANewPartner() {
        assertThat(NewPartnerRule.newToPerpetrator(Set.of(10L), 3, Map.of(1L, Set.of(10L), 3L, Set.of(10L)))).isFalse();
    }

    @Test
    void aVictimRecordedUnderALinkedRecordBeforeIsNotANewPartner() {
        assertThat(NewPartnerRule.newToPerpetrator(Set.of(20L, 21L), 3, Map.of(1L, Set.of(21L), 3L, Set.of(20L)))).isFalse();
    }

    @Test
    void aPerpetratorsFirstIncidentMakesEveryVictimNew() {
        assertThat(NewPartnerRule.newToPerpetrator(Set.of(20L), 3, Map.of(3L, Set.of(20L)))).isTrue();
        assertThat(NewPartnerRule.newToPerpetrator(Set.of(20L), 3, Map.of())).isTrue();
    }
}
