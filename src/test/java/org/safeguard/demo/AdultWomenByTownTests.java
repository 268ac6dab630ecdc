package org.safeguard.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.population.IncidentStories;
import org.safeguard.demo.population.Population;
import org.safeguard.identity.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "MARAC cases per 10,000 adult women" (SafeLives: 40 a year): the generator counts its adult (16 and over)
 * women per town, each real person once whatever their variant records, the children made for incidents once they
 * are 16.
 */
class AdultWomenByTownTests {

    private static final Population.Batch batch = new Population(19).nextBatch(2_000, 2_000);
    private static final IncidentStories.Written written = new IncidentStories(19, java.time.Instant.parse(
            "2026-03-01T00:00:00Z")).write(batch, 2_000);

    @Test
    void eachRealWomanAged16OrOverIsCountedOnceInTheTownSheLivesIn() {
        LocalDate asOn = LocalDate.of(2026, 3, 1);
        Map<String, Long> byTown = SyntheticData.adultWomenByTown(batch, written, asOn);
        long women = batch.households().stream().flatMap(h -> h.members().stream())
                .map(m -> batch.records().get(m.firstRecord()))
                .filter(p -> p.sex() == Sex.FEMALE && Period.between(p.dateOfBirth(), asOn).getYears() >= 16).count();
        long grownGirls = written.children().stream()
                .filter(c -> c.sex() == Sex.FEMALE && Period.between(c.dateOfBirth(), asOn).getYears() >= 16).count();
        assertThat(byTown.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(women + grownGirls);
        assertThat(women).as("about half the population").isBetween(800L, 1_200L);
        assertThat(byTown).containsKeys("Stevenage", "Luton", "Cambridge").allSatisfy((town, count) ->
                assertThat(count).isPositive());
    }

    @Test
    void girlsUnder16AreNotAdultWomenUntilTheyTurn16() {
        Map<String, Long> now = SyntheticData.adultWomenByTown(batch, written, LocalDate.of(2026, 3, 1));
        Map<String, Long> later = SyntheticData.adultWomenByTown(batch, written, LocalDate.of(2036, 3, 1));
        long girls = written.children().stream().filter(c -> c.sex() == Sex.FEMALE).count();
        assertThat(girls).isPositive();
        assertThat(total(later)).as("ten years on, the girls made for incidents have grown up")
                .isGreaterThan(total(now));
        assertThat(total(later) - total(now)).isLessThanOrEqualTo(girls);
    }

    private static long total(Map<String, Long> byTown) {
        return byTown.values().stream().mapToLong(Long::longValue).sum();
    }
}
