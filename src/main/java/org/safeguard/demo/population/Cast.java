package org.safeguard.demo.population;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.Sex;

/**
 * The people of one batch as the incident stories see them: who lives with whom and where, which
 * homes share a block of flats, and the households' children. The population holds people aged 16
 * and over only; children under 16 are made here, when a story at their home first needs them.
 * People are referred to by number: a batch record's index, then the children after the records.
 */
final class Cast {

    /** A real person: {@code ref} is their first record; {@code variants} their other records. */
    record Person(int ref, String givenName, String familyName, LocalDate born, Sex sex, String mobile,
                  String landline, List<Integer> variants) {

        boolean agedAtLeast(int years, LocalDate on) {
            return born != null && !born.plusYears(years).isAfter(on);
        }

        int ageOn(LocalDate on) {
            return Period.between(born, on).getYears();
        }

        String name() {
            return givenName + " " + familyName;
        }

        /** The number they would ring from: their mobile, else the home landline, else none. */
        String phone() {
            return mobile != null ? mobile : landline;
        }
    }

    /** A household at its address; {@code block} names the building when it is a flat, else null. */
    record Home(int index, int slot, NewAddress address, List<Person> members, String block) {

        /** The two adults, when there are two; one when the household is a single person. */
        List<Person> adults() {
            return members.subList(0, Math.min(2, members.size()));
        }

        /** Grown-up sons and daughters living at home (aged 16 to 25 when the population was made). */
        List<Person> grownChildren() {
            return members.size() > 2 ? members.subList(2, members.size()) : List.of();
        }
    }

    private final Population.Batch batch;
    private final List<Home> homes = new ArrayList<>();
    private final Map<String, List<Home>> blocks = new HashMap<>();
    private final Map<Integer, List<Person>> childrenByHome = new HashMap<>();
    private final List<PersonRecordDraft> childRecords = new ArrayList<>();

    Cast(Population.Batch batch) {
        this.batch = batch;
        for (Population.Household household : batch.households()) {
            List<Person> members = household.members().stream().map(this::person).toList();
            NewAddress address = batch.addresses().get(household.addressSlot());
            Home home = new Home(homes.size(), household.addressSlot(), address, members, blockOf(address));
            homes.add(home);
            if (home.block() != null) {
                blocks.computeIfAbsent(home.block(), b -> new ArrayList<>()).add(home);
            }
        }
    }

    List<Home> homes() {
        return homes;
    }

    NewAddress address(int slot) {
        return batch.addresses().get(slot);
    }

    int addressCount() {
        return batch.addresses().size();
    }

    /** Other households in the same block of flats. */
    List<Home> neighboursInBlock(Home home) {
        if (home.block() == null) {
            return List.of();
        }
        return blocks.get(home.block()).stream().filter(other -> other != home).toList();
    }

    /** The address slot of a record of this person that says they moved, if one does. */
    int movedTo(Person person, int home) {
        for (int variant : person.variants()) {
            int slot = batch.records().get(variant).addressSlot();
            if (slot != home) {
                return slot;
            }
        }
        return -1;
    }

    /** The name as given at a call: mostly as on their record, sometimes as on one of their variant records. */
    String nameAsGiven(Person person, SplittableRandom random) {
        if (person.variants().isEmpty() || random.nextDouble() < 0.85) {
            return person.name();
        }
        PersonRecordDraft variant = batch.records().get(person.variants().get(random.nextInt(person.variants().size())));
        return variant.givenName() + " " + variant.familyName();
    }

    /**
     * The children living at the home, made the first time they are asked for: about half of homes
     * whose first adult is 19 to 55 have one to three, younger than that adult by 18 years or more.
     */
    List<Person> childrenOf(Home home, SplittableRandom random) {
        List<Person> known = childrenByHome.get(home.index());
        if (known != null) {
            return known;
        }
        Person parent = home.members().get(0);
        int parentAge = parent.ageOn(Population.REFERENCE_DATE);
        List<Person> made = new ArrayList<>();
        if (parentAge >= 19 && parentAge <= 55 && random.nextDouble() < 0.5) {
            int count = 1 + random.nextInt(3);
            String surname = home.adults().get(random.nextInt(home.adults().size())).familyName();
            String parentKey = batch.records().get(parent.ref()).realPersonKey();
            for (int n = 1; n <= count; n++) {
                boolean female = random.nextBoolean();
                int age = random.nextInt(Math.min(16, parentAge - 17));
                LocalDate born = Population.REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
                String key = parentKey + "-C" + n;
                int ref = batch.records().size() + childRecords.size();
                Person child = new Person(ref, NameBank.givenName(random, female), surname, born,
                        female ? Sex.FEMALE : Sex.MALE, null, null, List.of());
                childRecords.add(new PersonRecordDraft(key, key + "-1", child.givenName(), child.familyName(), born,
                        child.sex(), home.slot(), List.of()));
                made.add(child);
            }
        }
        childrenByHome.put(home.index(), made);
        return made;
    }

    /** The children's person records made so far, in the order of their numbers. */
    List<PersonRecordDraft> childRecords() {
        return childRecords;
    }

    private Person person(Population.Member member) {
        PersonRecordDraft first = batch.records().get(member.firstRecord());
        String mobile = null;
        String landline = null;
        for (String phone : first.phones()) {
            if (phone.startsWith("07")) {
                mobile = phone;
            } else {
                landline = phone;
            }
        }
        List<Integer> variants = new ArrayList<>();
        for (int n = 1; n < member.recordCount(); n++) {
            variants.add(member.firstRecord() + n);
        }
        return new Person(member.firstRecord(), first.givenName(), first.familyName(), first.dateOfBirth(), first.sex(),
                mobile, landline, List.copyOf(variants));
    }

    /** "Heron House|Acorn Way|SG1 2AB" for a flat, null for a house. */
    private static String blockOf(NewAddress address) {
        if (!address.line1().startsWith("Flat ")) {
            return null;
        }
        return address.line1().substring(address.line1().indexOf(", ") + 2) + "|" + address.line2() + "|"
                + address.postcode();
    }
}
