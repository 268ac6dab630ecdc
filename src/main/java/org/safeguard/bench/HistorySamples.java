package org.safeguard.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.safeguard.identity.AddressSummary;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.Incident;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.platform.RecordNotFound;

/**
 * What an operator might type, drawn from incidents already in the database so that lookups find
 * something: callers' phone numbers as they were typed, addresses (as typed on the incident, or as
 * recorded and then typed another way: lower case, extra spaces, "2/" for "Flat 2") with their
 * postcodes typed loosely, and the names of the people in them, with and without date of birth.
 * Drawing opens incidents, so it must run as someone who may read them.
 */
final class HistorySamples {

    enum Kind {
        PHONE, ADDRESS, NAME_AND_BIRTH_DATE, NAME
    }

    record Lookup(Kind kind, HistoryQuery query) {
    }

    private record Place(String line, String town, String postcode) {
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SplittableRandom random;
    private final List<String> phones = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<PersonSummary> people = new ArrayList<>();
    private final List<PersonSummary> adults = new ArrayList<>();
    private final Map<Long, String> phoneOf = new HashMap<>();

    private HistorySamples(SplittableRandom random) {
        this.random = random;
    }

    /**
     * Samples from about {@code wanted} incidents picked at random by id among the first {@code recorded}
     * (ids are handed out in order, so nearly every id in that range is an incident).
     */
    static HistorySamples draw(Incidents incidents, PersonRecords identity, Instant now, long recorded, int wanted,
                               long seed) {
        HistorySamples samples = new HistorySamples(new SplittableRandom(seed));
        Set<Long> addressIds = new LinkedHashSet<>();
        Set<Long> personIds = new LinkedHashSet<>();
        List<Incident> found = new ArrayList<>();
        for (int n = 0; n < wanted; n++) {
            try {
                found.add(incidents.file(1 + samples.random.nextLong(Math.max(1, recorded))).incident());
            } catch (RecordNotFound gap) {
                // an id given up by a rolled-back transaction
            }
        }
        for (Incident incident : found) {
            if (incident.callerPhone() != null) {
                samples.phones.add(incident.callerPhone());
            }
            if (incident.addressId() != null) {
                addressIds.add(incident.addressId());
            }
            for (Incident.Party party : incident.parties()) {
                personIds.add(party.personId());
                if (party.phone() != null) {
                    samples.phoneOf.put(party.personId(), party.phone());
                }
            }
        }
        Map<Long, AddressSummary> addresses = new HashMap<>();
        identity.addresses(addressIds).forEach(a -> addresses.put(a.id(), a));
        for (Incident incident : found) {
            AddressSummary address = addresses.get(incident.addressId());
            if (address != null) {
                samples.places.add(new Place(samples.random.nextBoolean() ? incident.location() : samples.retyped(address),
                        address.town(), address.postcode()));
            }
        }
        LocalDate adulthood = now.atZone(LONDON).toLocalDate().minusYears(18);
        for (PersonSummary person : identity.people(personIds)) {
            samples.people.add(person);
            if (person.dateOfBirth() != null && person.dateOfBirth().isBefore(adulthood)) {
                samples.adults.add(person);
            }
        }
        if (samples.phones.isEmpty() || samples.places.isEmpty() || samples.adults.size() < 2) {
            throw new IllegalStateException("Too few incidents to draw lookups from: generate some first");
        }
        return samples;
    }

    int size() {
        return phones.size() + places.size() + people.size();
    }

    /** Lookups of the four kinds in turn, each subject drawn at random. */
    List<Lookup> lookups(int count) {
        List<Lookup> lookups = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Kind kind = Kind.values()[n % Kind.values().length];
            lookups.add(new Lookup(kind, switch (kind) {
                case PHONE -> new HistoryQuery(pick(phones), null, null, null, null, null);
                case ADDRESS -> {
                    Place place = pick(places);
                    yield new HistoryQuery(null, place.line(), loosely(place.postcode()), null, null, null);
                }
                case NAME_AND_BIRTH_DATE -> {
                    PersonSummary person = pickWithBirthDate();
                    yield new HistoryQuery(null, null, null, cased(person.givenName()), cased(person.familyName()),
                            person.dateOfBirth());
                }
                case NAME -> {
                    PersonSummary person = pick(people);
                    yield new HistoryQuery(null, null, null, cased(person.givenName()), cased(person.familyName()), null);
                }
            }));
        }
        return lookups;
    }

    /** A call about someone already known: victim and suspect from the samples, sometimes a child present. */
    NewIncident incident(Instant now) {
        PersonSummary victim = pick(adults);
        PersonSummary suspect = pick(adults);
        while (suspect.id() == victim.id()) {
            suspect = pick(adults);
        }
        Place place = pick(places);
        String phone = phoneOf.getOrDefault(victim.id(), pick(phones));
        List<NewParty> parties = new ArrayList<>();
        parties.add(new NewParty("VICTIM", victim.givenName(), victim.familyName(), victim.dateOfBirth(),
                victim.sex().name(), phone));
        parties.add(new NewParty("SUSPECT", suspect.givenName(), suspect.familyName(),
                random.nextDouble() < 0.6 ? suspect.dateOfBirth() : null, suspect.sex().name(), null));
        boolean child = random.nextDouble() < 0.3;
        if (child) {
            parties.add(new NewParty("CHILD", "Alfie", victim.familyName(),
                    now.atZone(LONDON).toLocalDate().minusYears(6).minusDays(random.nextInt(365)), "MALE", null));
        }
        return new NewIncident(now.minus(Duration.ofMinutes(1 + random.nextInt(9))),
                random.nextBoolean() ? "EMERGENCY_999" : "NON_EMERGENCY_101", victim.givenName() + " " + victim.familyName(),
                phone, place.line(), place.town(), place.postcode(), parties, "CURRENT_PARTNER", true, true,
                child ? 1 : 0, child ? 1 : 0, child ? "6" : null, false, random.nextDouble() < 0.3, false,
                random.nextBoolean() ? "PRIORITY" : "IMMEDIATE", "Argument escalated; suspect pushed the victim.");
    }

    private PersonSummary pickWithBirthDate() {
        PersonSummary person = pick(people);
        for (int tries = 0; person.dateOfBirth() == null && tries < 20; tries++) {
            person = pick(people);
        }
        return person;
    }

    /** The recorded address typed another way: lower case, doubled spaces, "2/" for "Flat 2". */
    private String retyped(AddressSummary address) {
        String line = address.line1() + (address.line2() == null ? "" : ", " + address.line2());
        return switch (random.nextInt(3)) {
            case 0 -> line.toLowerCase();
            case 1 -> line.replace(" ", "  ").replace(",", "");
            default -> line.startsWith("Flat ") ? line.substring(5).replaceFirst(", ", "/ ") : line.toUpperCase();
        };
    }

    private String loosely(String postcode) {
        return switch (random.nextInt(3)) {
            case 0 -> postcode;
            case 1 -> postcode.toLowerCase();
            default -> postcode.replace(" ", "");
        };
    }

    private String cased(String name) {
        return random.nextInt(4) == 0 ? name.toLowerCase() : name;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
