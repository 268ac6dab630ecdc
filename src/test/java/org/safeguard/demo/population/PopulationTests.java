package org.safeguard.demo.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.population.Population.PersonRecordDraft;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2: a deterministic generator of UK-style people with the variant records real systems hold. */
class PopulationTests {

    /** Outward code (area letters, district digits) and inward code (digit and two letters Royal Mail uses). */
    private static final Pattern UK_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}");
    /** Ofcom's drama ranges: 07700 900xxx and the reserved geographic blocks. */
    private static final Pattern DRAMA_NUMBER = Pattern.compile(
            "07700 900\\d{3}|020 7946 0\\d{3}|01(1[3-8]|21|31|41|51|61) 496 0\\d{3}|028 9649 6\\d{3}|029 2018 0\\d{3}|01632 960\\d{3}");

    private final Population.Batch batch = new Population(42).nextBatch(20_000, 20_000);

    @Test
    void theSameSeedGivesTheSamePeople() {
        Population.Batch again = new Population(42).nextBatch(20_000, 20_000);
        assertThat(again.records()).isEqualTo(batch.records());
        assertThat(again.addresses()).isEqualTo(batch.addresses());
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        assertThat(new Population(43).nextBatch(1_000, 1_000).records().get(0))
                .isNotEqualTo(new Population(42).nextBatch(1_000, 1_000).records().get(0));
    }

    @Test
    void theBatchHoldsExactlyTheRealPeopleAskedFor() {
        assertThat(batch.realPeople()).isEqualTo(20_000);
        assertThat(batch.records().stream().map(PersonRecordDraft::realPersonKey).distinct().count()).isEqualTo(20_000);
    }

    @Test
    void aboutAQuarterOfPeopleHaveMoreThanOneRecord() {
        Map<String, Long> recordsPerPerson = batch.records().stream()
                .collect(Collectors.groupingBy(PersonRecordDraft::realPersonKey, Collectors.counting()));
        double share = recordsPerPerson.values().stream().filter(n -> n > 1).count() / (double) recordsPerPerson.size();
        assertThat(share).isBetween(0.25, 0.31);
    }

    @Test
    void variantRecordsIncludeShortFormsSwappedNamesAndTransposedBirthDates() {
        Map<String, List<PersonRecordDraft>> byPerson = batch.records().stream()
                .collect(Collectors.groupingBy(PersonRecordDraft::realPersonKey));
        long shortForms = 0;
        long swapped = 0;
        long transposed = 0;
        for (List<PersonRecordDraft> records : byPerson.values()) {
            PersonRecordDraft first = records.get(0);
            for (PersonRecordDraft other : records.subList(1, records.size())) {
                List<String> forms = NameBank.SHORT_FORMS.get(first.givenName());
                if (forms != null && forms.contains(other.givenName())) {
                    shortForms++;
                }
                if (other.givenName().equals(first.familyName()) && other.familyName().equals(first.givenName())) {
                    swapped++;
                }
                if (first.dateOfBirth() != null && other.dateOfBirth() != null && first.dateOfBirth().getDayOfMonth() <= 12
                        && other.dateOfBirth().equals(RecordVariation.transposed(first.dateOfBirth()))
                        && !other.dateOfBirth().equals(first.dateOfBirth())) {
                    transposed++;
                }
            }
        }
        assertThat(shortForms).isGreaterThan(20);
        assertThat(swapped).isGreaterThan(100);
        assertThat(transposed).isGreaterThan(50);
    }

    @Test
    void everyPostcodeHasTheUkFormat() {
        assertThat(batch.addresses()).allSatisfy(address -> assertThat(address.postcode()).matches(UK_POSTCODE));
    }

    @Test
    void mostBlocksOfFlatsHouseSeveralHouseholds() {
        Map<String, Long> householdsPerBlock = batch.households().stream()
                .map(household -> batch.addresses().get(household.addressSlot()))
                .filter(address -> address.line1().startsWith("Flat "))
                .collect(Collectors.groupingBy(address -> address.line1().replaceAll("^Flat \\d+, ", "") + "|"
                        + address.line2() + "|" + address.postcode(), Collectors.counting()));
        long flats = householdsPerBlock.values().stream().mapToLong(Long::longValue).sum();
        long inSharedBlocks = householdsPerBlock.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();
        assertThat(flats).isGreaterThan(batch.households().size() / 10);
        assertThat(inSharedBlocks).isGreaterThan(flats / 2);
    }

    @Test
    void householdsHoldEveryRecordOnce() {
        int counted = batch.households().stream().flatMap(h -> h.members().stream())
                .mapToInt(Population.Member::recordCount).sum();
        assertThat(counted).isEqualTo(batch.records().size());
        assertThat(batch.households().stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(batch.realPeople());
    }

    @Test
    void everyPhoneNumberIsInARangeReservedForDrama() {
        Set<String> phones = batch.records().stream().flatMap(r -> r.phones().stream()).collect(Collectors.toSet());
        assertThat(phones).isNotEmpty().allSatisfy(phone -> assertThat(phone).matches(DRAMA_NUMBER));
    }

    @Test
    void everyoneIsAged16OrOver() {
        LocalDate sixteenthBirthdayCutoff = Population.REFERENCE_DATE.minusYears(16);
        assertThat(batch.records()).allSatisfy(record -> {
            if (record.dateOfBirth() != null) {
                assertThat(record.dateOfBirth()).isBefore(sixteenthBirthdayCutoff.plusYears(1));
            }
        });
    }

    @Test
    void theCommonestSurnameIsCommonAndTheTailIsLong() {
        Map<String, Long> bySurname = batch.records().stream()
                .collect(Collectors.groupingBy(PersonRecordDraft::familyName, Collectors.counting()));
        long smiths = bySurname.getOrDefault("Smith", 0L);
        assertThat(smiths).isGreaterThan(batch.records().size() / 200);
        assertThat(bySurname.size()).isGreaterThan(1_500);
    }

    @Test
    void aTypingSlipChangesTheNameByOneEdit() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String slipped = RecordVariation.typo("Jonathan", random);
            assertThat(Math.abs(slipped.length() - "Jonathan".length())).isLessThanOrEqualTo(1);
            assertThat(slipped.charAt(0)).isEqualTo('J');
        }
    }
}
