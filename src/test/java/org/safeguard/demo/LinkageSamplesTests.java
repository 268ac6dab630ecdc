package org.safeguard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.linkage.LinkRecord;

class LinkageSamplesTests {

    @Test
    void theGeneratedPeopleComeAsLinkageRecordsWithWhoIsWho() {
        LinkageSamples.Sample sample = LinkageSamples.generate(2000, 11);
        assertThat(sample.realPeople()).isEqualTo(2000);
        assertThat(sample.records().size()).isBetween(2400, 2900);
        assertThat(sample.records()).extracting(LinkRecord::id).doesNotHaveDuplicates();
        assertThat(sample.records().get(0).id()).isEqualTo(1);
        assertThat(sample.truePairs()).isPositive();
        LinkRecord first = sample.records().get(0);
        assertThat(first.address()).isNotBlank().isUpperCase();
        assertThat(first.birthDate()).hasSize(8);
        assertThat(first.phones()).allSatisfy(phone -> assertThat(phone).containsOnlyDigits());
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(LinkageSamples.generate(500, 3).records()).isEqualTo(LinkageSamples.generate(500, 3).records());
    }
}
