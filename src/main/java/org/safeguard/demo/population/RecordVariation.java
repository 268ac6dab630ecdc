package org.safeguard.demo.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Population.PersonRecordDraft;
import org.safeguard.demo.population.Population.RealPerson;
import org.safeguard.identity.Sex;

/**
 * How one person comes to have several records that disagree: 72% of people have one record, 22%
 * two and 6% three. Each extra record carries one or two of: a short form of the given name
 * (Jonathan / Jon), a typing slip in a name, given and family names swapped, a new surname after
 * marriage, day and month of birth transposed (3/4 for 4/3), one digit of the birth date wrong, no
 * date of birth, a move to another address, a changed or missing phone number.
 */
final class RecordVariation {

    private enum Variation {
        SHORT_FORM, TYPO, SWAPPED_NAMES, MARRIED_SURNAME, DAY_MONTH_TRANSPOSED, DIGIT_OFF, NO_BIRTH_DATE, MOVED,
        NEW_PHONE, NO_PHONE
    }

    private RecordVariation() {
    }

    static List<PersonRecordDraft> recordsOf(RealPerson person, SplittableRandom random, int addressesInBatch) {
        double u = random.nextDouble();
        int count = u < 0.72 ? 1 : u < 0.94 ? 2 : 3;
        List<PersonRecordDraft> records = new ArrayList<>(count);
        records.add(new PersonRecordDraft(person.key(), person.key() + "-1", person.givenName(), person.familyName(),
                person.dateOfBirth(), person.sex(), person.addressSlot(), phones(person)));
        for (int n = 2; n <= count; n++) {
            records.add(varied(person, n, random, addressesInBatch));
        }
        return records;
    }

    private static PersonRecordDraft varied(RealPerson person, int n, SplittableRandom random, int addressesInBatch) {
        String given = person.givenName();
        String family = person.familyName();
        LocalDate born = person.dateOfBirth();
        int slot = person.addressSlot();
        List<String> phones = new ArrayList<>(phones(person));
        int changes = 1 + random.nextInt(2);
        for (int c = 0; c < changes; c++) {
            Variation variation = Variation.values()[random.nextInt(Variation.values().length)];
            switch (variation) {
                case SHORT_FORM -> {
                    String shortForm = NameBank.shortFormOf(given, random);
                    given = shortForm != null ? shortForm : typo(given, random);
                }
                case TYPO -> {
                    if (random.nextBoolean()) {
                        family = typo(family, random);
                    } else {
                        given = typo(given, random);
                    }
                }
                case SWAPPED_NAMES -> {
                    String was = given;
                    given = family;
                    family = was;
                }
                case MARRIED_SURNAME -> family = person.sex() == Sex.FEMALE ? NameBank.surname(random) : typo(family, random);
                case DAY_MONTH_TRANSPOSED -> born = transposed(born);
                case DIGIT_OFF -> born = born == null ? null : oneDigitOff(born, random);
                case NO_BIRTH_DATE -> born = null;
                case MOVED -> slot = random.nextInt(addressesInBatch);
                case NEW_PHONE -> phones = List.of(DramaPhoneNumbers.mobile(random));
                case NO_PHONE -> phones = List.of();
            }
        }
        return new PersonRecordDraft(person.key(), person.key() + "-" + n, given, family, born, person.sex(), slot, phones);
    }

    private static List<String> phones(RealPerson person) {
        List<String> phones = new ArrayList<>(2);
        if (person.mobile() != null) {
            phones.add(person.mobile());
        }
        if (person.landline() != null) {
            phones.add(person.landline());
        }
        return phones;
    }

    /** One slip of the keyboard: a letter dropped, doubled, swapped with its neighbour, or replaced. */
    static String typo(String name, SplittableRandom random) {
        if (name.length() < 3) {
            return name + name.charAt(name.length() - 1);
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            case 2 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }

    static LocalDate transposed(LocalDate born) {
        if (born == null || born.getDayOfMonth() > 12 || born.getDayOfMonth() == born.getMonthValue()) {
            return born;
        }
        return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
    }

    static LocalDate oneDigitOff(LocalDate born, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> born.plusYears(random.nextBoolean() ? 1 : -1);
            case 1 -> born.getDayOfMonth() <= 18 ? born.plusDays(10) : born.minusDays(10);
            default -> born.plusDays(random.nextBoolean() ? 1 : -1);
        };
    }
}
