package org.safeguard.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every benchmark the dashboard shows is the figure DOMAIN.md gives, with the source it names. */
class BenchmarksTests {

    @Test
    void arrestsPer100CrimesAreHmicsMostForces45To90WithHertfordshireAt76FromTheForceInspection() {
        assertThat(Benchmarks.ARRESTS_PER_100_CRIMES.low()).isEqualTo(45.0);
        assertThat(Benchmarks.ARRESTS_PER_100_CRIMES.high()).isEqualTo(90.0);
        assertThat(Benchmarks.ARRESTS_PER_100_CRIMES.text()).contains("76");
        assertThat(Benchmarks.ARRESTS_PER_100_CRIMES.source())
                .contains("HMIC", "Hertfordshire Constabulary", "2014").doesNotContain("Everyone");
    }

    @Test
    void chargeAndCautionSharesAreTheForcesReported28And20PercentAsContextNotATarget() {
        assertThat(Benchmarks.CHARGE_SHARE.text()).contains("28%", "not a target");
        assertThat(Benchmarks.CAUTION_SHARE.text()).contains("20%", "not a target");
        assertThat(Benchmarks.CHARGE_SHARE.low()).isNull();
        assertThat(Benchmarks.CAUTION_SHARE.high()).isNull();
        assertThat(Benchmarks.CHARGE_SHARE.source()).contains("Hertfordshire Constabulary");
    }

    @Test
    void maracRepeatRateIsComparedWithTheNational32PercentAndVolumeIs40Per10000AdultWomenAYear() {
        assertThat(Benchmarks.MARAC_REPEAT_RATE.low()).isEqualTo(32.0);
        assertThat(Benchmarks.MARAC_REPEAT_RATE.high()).isEqualTo(32.0);
        assertThat(Benchmarks.MARAC_REPEAT_RATE.text()).contains("Compare with", "32%");
        assertThat(Benchmarks.MARAC_VOLUME.low()).isEqualTo(40.0);
        assertThat(Benchmarks.MARAC_VOLUME.text()).contains("40", "10,000", "16+");
        assertThat(Benchmarks.MARAC_VOLUME.source()).contains("SafeLives");
    }

    @Test
    void idvasAreRecommendedAbout100ReferralsAYearAndALiveCaseloadOf60To80() {
        assertThat(Benchmarks.IDVA_REFERRALS.low()).isEqualTo(100.0);
        assertThat(Benchmarks.IDVA_REFERRALS.high()).isEqualTo(100.0);
        assertThat(Benchmarks.IDVA_CASELOAD.low()).isEqualTo(60.0);
        assertThat(Benchmarks.IDVA_CASELOAD.high()).isEqualTo(80.0);
        assertThat(Benchmarks.IDVA_REFERRALS.source()).isEqualTo("SafeLives");
    }

    @Test
    void everyVictimHasANamedSpocTarget100Percent() {
        assertThat(Benchmarks.NAMED_SPOC.low()).isEqualTo(100.0);
        assertThat(Benchmarks.NAMED_SPOC.standing(99.9)).isEqualTo(Benchmark.Standing.BELOW);
        assertThat(Benchmarks.NAMED_SPOC.standing(100.0)).isEqualTo(Benchmark.Standing.WITHIN);
    }
}
