package org.safeguard.demo.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.identity.NewAddress;
import org.safeguard.identity.Sex;

/**
 * A synthetic population, the same every time for the same seed. People live in households that
 * share an address (and often a surname); each real person appears as one or more person records,
 * and the extra records differ the way records typed by different people on different days do
 * (see {@link RecordVariation}). Generation is in batches so a million people stream through
 * without being held in memory.
 */
public final class Population {

    /** The source system every generated record claims to come from. */
    public static final String SOURCE_SYSTEM = "SYNTHETIC";

    /** Ages are worked out from a fixed date, not today, so the same seed always gives the same people. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private static final double[] HOUSEHOLD_SIZE = {0.30, 0.65, 0.83, 0.95, 1.0};

    private final long seed;
    private final Blocks blocks = new Blocks();
    private long nextHousehold;
    private long nextPerson;

    public Population(long seed) {
        this.seed = seed;
    }

    /**
     * The next households, until at least {@code minPeople} real people (never more than
     * {@code maxPeople}) are in the batch.
     */
    public Batch nextBatch(int minPeople, long maxPeople) {
        List<NewAddress> addresses = new ArrayList<>();
        List<PersonRecordDraft> records = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        int people = 0;
        while (people < minPeople && people < maxPeople) {
            SplittableRandom random = randomFor(nextHousehold++);
            int slot = addresses.size();
            addresses.add(Places.address(random, blocks));
            int size = Math.min(householdSize(random), (int) (maxPeople - people));
            String householdSurname = NameBank.surname(random);
            String landline = random.nextDouble() < 0.25 ? DramaPhoneNumbers.landline(random) : null;
            List<Member> members = new ArrayList<>(size);
            for (int member = 0; member < size; member++) {
                RealPerson person = member(random, member, householdSurname, landline, slot);
                List<PersonRecordDraft> drafts = RecordVariation.recordsOf(person, random, addresses.size());
                members.add(new Member(records.size(), drafts.size()));
                records.addAll(drafts);
                people++;
            }
            households.add(new Household(slot, members));
        }
        return new Batch(addresses, records, households, people);
    }

    private RealPerson member(SplittableRandom random, int member, String householdSurname, String landline, int slot) {
        boolean female = member == 0 ? random.nextBoolean() : random.nextDouble() < 0.5;
        int age = member < 2 ? 18 + (int) Math.abs(random.nextGaussian() * 14 + 20) % 68 : 16 + random.nextInt(10);
        LocalDate dateOfBirth = REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
        String surname = member == 1 && random.nextDouble() < 0.4 ? NameBank.surname(random) : householdSurname;
        String mobile = random.nextDouble() < 0.88 ? DramaPhoneNumbers.mobile(random) : null;
        return new RealPerson("S" + seed + "-" + nextPerson++, NameBank.givenName(random, female), surname,
                dateOfBirth, female ? Sex.FEMALE : Sex.MALE, mobile, landline, slot);
    }

    private SplittableRandom randomFor(long household) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + household * 0xBF58476D1CE4E5B9L + 1);
    }

    private static int householdSize(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < HOUSEHOLD_SIZE.length; i++) {
            if (u <= HOUSEHOLD_SIZE[i]) {
                return i + 1;
            }
        }
        return HOUSEHOLD_SIZE.length;
    }

    /** One real person, as the generator knows them; never stored as such. */
    record RealPerson(String key, String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
                      String mobile, String landline, int addressSlot) {
    }

    /** A person record to import: which real person it is (for measuring linkage) and what it says. */
    public record PersonRecordDraft(String realPersonKey, String sourceRef, String givenName, String familyName,
                                    LocalDate dateOfBirth, Sex sex, int addressSlot, List<String> phones) {
    }

    /**
     * One real person of a household: where their records start in the batch and how many there are.
     * The first is as the person is; any others are the variants.
     */
    public record Member(int firstRecord, int recordCount) {
    }

    /**
     * People who live together at the address in {@code addressSlot}. The first two members are adults
     * (a couple, or flatmates); any others are the grown-up children, aged 16 to 25.
     */
    public record Household(int addressSlot, List<Member> members) {
    }

    /** Addresses (by slot), the records of the people who live at them, and who lives with whom. */
    public record Batch(List<NewAddress> addresses, List<PersonRecordDraft> records, List<Household> households,
                       int realPeople) {
    }
}
