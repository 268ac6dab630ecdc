package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.identity.address.AddressNormaliser;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, generator: incidents among a batch's households, the same every time for a seed and moment. */
class IncidentStoriesTests {

    private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Population.Batch batch = new Population(42).nextBatch(5_000, 5_000);
    private static final IncidentStories.Written written = new IncidentStories(42, AS_OF).write(batch, 10_000);

    @Test
    void theSameSeedAndMomentGiveTheSameIncidents() {
        IncidentStories.Written again = new IncidentStories(42, AS_OF).write(new Population(42).nextBatch(5_000, 5_000), 10_000);
        assertThat(again).isEqualTo(written);
    }

    @Test
    void anotherSeedOrMomentGivesOtherIncidents() {
        assertThat(new IncidentStories(43, AS_OF).write(batch, 10_000).incidents()).isNotEqualTo(written.incidents());
        assertThat(new IncidentStories(42, AS_OF.plusSeconds(86_400)).write(batch, 10_000).incidents())
                .isNotEqualTo(written.incidents());
    }

    @Test
    void theBatchGetsExactlyTheIncidentsWanted() {
        assertThat(written.incidents()).hasSize(10_000);
        assertThat(new IncidentStories(42, AS_OF).write(batch, 0).incidents()).isEmpty();
    }

    @Test
    void everyIncidentFallsInTheThreeYearsUpToTheMoment() {
        assertThat(written.incidents()).allSatisfy(incident -> assertThat(incident.receivedAt())
                .isBefore(AS_OF).isAfter(AS_OF.minus(Duration.ofDays(3 * 365 + 1))));
    }

    @Test
    void mostAreDomesticAbuseAndSomeAreNot() {
        long domestic = written.incidents().stream().filter(ImportedIncident::domesticAbuse).count();
        assertThat(domestic).isBetween(5_500L, 8_500L);
    }

    @Test
    void victimsAndSuspectsOfDomesticAbuseAreAged16OrOverAtTheTime() {
        List<Population.PersonRecordDraft> records = batch.records();
        written.incidents().stream().filter(ImportedIncident::domesticAbuse).forEach(incident -> {
            LocalDate day = incident.receivedAt().atZone(LONDON).toLocalDate();
            incident.parties().stream().filter(p -> p.role() == PartyRole.VICTIM || p.role() == PartyRole.SUSPECT)
                    .forEach(p -> assertThat(Period.between(records.get((int) p.personId()).dateOfBirth(), day).getYears())
                            .isGreaterThanOrEqualTo(16));
        });
    }

    @Test
    void childrenAreUnder18AndBornByTheTime() {
        int records = batch.records().size();
        List<ImportedIncident> withChildren = written.incidents().stream()
                .filter(i -> i.parties().stream().anyMatch(p -> p.role() == PartyRole.CHILD)).toList();
        assertThat(withChildren).hasSizeGreaterThan(500);
        withChildren.forEach(incident -> {
            LocalDate day = incident.receivedAt().atZone(LONDON).toLocalDate();
            assertThat(incident.childAges()).hasSize(incident.childrenLiving()).allSatisfy(age -> assertThat(age).isBetween(0, 17));
            incident.parties().stream().filter(p -> p.role() == PartyRole.CHILD).forEach(child -> {
                assertThat(child.personId()).isGreaterThanOrEqualTo(records);
                assertThat(child.dateOfBirth()).isBeforeOrEqualTo(day);
            });
            assertThat(incident.childrenPresent()).isLessThanOrEqualTo(incident.childrenLiving());
        });
    }

    @Test
    void callersOftenRingFromAPartysNumber() {
        long fromAParty = written.incidents().stream().filter(incident -> incident.callerPhone() != null
                && incident.parties().stream().map(p -> phoneOf(p)).anyMatch(PhoneNumbers.normalise(incident.callerPhone())::equals))
                .count();
        assertThat(fromAParty).isGreaterThan(written.incidents().size() / 3);
    }

    @Test
    void typedAddressesMeanTheAddressTheyAreAt() {
        written.incidents().forEach(incident -> {
            int slot = (int) (long) incident.addressId();
            var address = slot < batch.addresses().size() ? batch.addresses().get(slot)
                    : written.newAddresses().get(slot - batch.addresses().size());
            assertThat(AddressNormaliser.normalise(incident.location(), null))
                    .isEqualTo(AddressNormaliser.normalise(address.line1(), address.line2()));
        });
    }

    private String phoneOf(ImportedIncident.Party party) {
        int ref = (int) party.personId();
        if (ref >= batch.records().size()) {
            return "";
        }
        return batch.records().get(ref).phones().stream().map(PhoneNumbers::normalise).findFirst().orElse("");
    }
}
