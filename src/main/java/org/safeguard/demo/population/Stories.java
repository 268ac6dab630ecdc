package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.demo.population.Cast.Home;
import org.safeguard.demo.population.Cast.Person;
import org.safeguard.demo.population.Occurrence.Kind;
import org.safeguard.demo.population.Occurrence.Place;
import org.safeguard.identity.NewAddress;
import org.safeguard.identity.Sex;
import org.safeguard.identity.WarningMarker;
import org.safeguard.intake.Relationship;

/**
 * The stories that bring one batch's households to police attention, each a run of occurrences in
 * time order within the three years before the "as of" instant:
 * <ul>
 * <li>abuse between partners at home, mostly one to three calls, sometimes many, sometimes three or
 *     more in a few weeks; often the victim leaves and the former partner follows them to the new
 *     address;</li>
 * <li>a serial perpetrator who moves in with one partner after another over the years;</li>
 * <li>abuse of a parent by a grown-up son or daughter, or between grown-up siblings;</li>
 * <li>disputes between neighbours in a block of flats, and everyday crimes and concerns that are not
 *     domestic abuse.</li>
 * </ul>
 */
final class Stories {

    static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Calls by hour of day: few in the small hours, most in the evening. */
    private static final int[] HOUR_WEIGHTS = {4, 3, 2, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 7, 8, 9, 9, 8, 6};
    private static final int HOUR_TOTAL = java.util.Arrays.stream(HOUR_WEIGHTS).sum();

    private final Cast cast;
    private final SplittableRandom random;
    private final Instant asOf;
    private final Blocks newBlocks;
    private final List<NewAddress> newAddresses = new ArrayList<>();
    private final List<WarningMarker> markers = new ArrayList<>();

    Stories(Cast cast, SplittableRandom random, Instant asOf, Blocks newBlocks) {
        this.cast = cast;
        this.random = random;
        this.asOf = asOf;
        this.newBlocks = newBlocks;
    }

    /** A story about the home, its kind chosen at random. */
    List<Occurrence> tell(Home home) {
        double u = random.nextDouble();
        if (u < 0.45) {
            return partnerAbuse(home);
        } else if (u < 0.50) {
            return serialPerpetrator(home);
        } else if (u < 0.60) {
            return familyAbuse(home);
        } else if (u < 0.70) {
            return neighbours(home);
        }
        return mishaps(home);
    }

    /** Addresses made for people who moved away from the batch's homes, in the order of their numbers. */
    List<NewAddress> newAddresses() {
        return newAddresses;
    }

    /** Warning markers on suspects; the person id is the person's number in the batch. */
    List<WarningMarker> markers() {
        return markers;
    }

    List<Occurrence> partnerAbuse(Home home) {
        if (home.adults().size() < 2) {
            return mishaps(home);
        }
        Person[] couple = victimAndSuspect(home.adults().get(0), home.adults().get(1));
        Person victim = couple[0];
        Person suspect = couple[1];
        int count = storyLength();
        Instant at = start(bothSixteen(victim, suspect));
        int burst = count >= 3 && random.nextDouble() < 0.3 ? random.nextInt(count - 2) : -1;
        int leavesAfter = count >= 3 && random.nextDouble() < 0.4 ? random.nextInt(count - 1) : -1;
        Place place = placeOf(home);
        List<Person> children = cast.childrenOf(home, random);
        List<Occurrence> story = new ArrayList<>();
        for (int step = 0; step < count && at != null && at.isBefore(asOf); step++) {
            boolean separated = leavesAfter >= 0 && step > leavesAfter;
            if (separated && step == leavesAfter + 1) {
                place = newHomeOf(victim, home);
            }
            List<Person> witnesses = separated ? List.of() : some(home.grownChildren(), 0.25);
            story.add(new Occurrence(at, place, separated ? Kind.FORMER_PARTNER_ABUSE : Kind.PARTNER_ABUSE, victim,
                    suspect, separated ? Relationship.FORMER_PARTNER : Relationship.CURRENT_PARTNER, step, witnesses,
                    children));
            at = next(at, step >= burst && step < burst + 2);
        }
        if (story.size() >= 5 && random.nextDouble() < 0.3) {
            markers.add(new WarningMarker(suspect.ref(), WarningMarker.Kind.VIOLENT, "Domestic abuse against a partner"));
        }
        return story;
    }

    /** One man, partner after partner over the years, moving in with each; the first is at his own home. */
    List<Occurrence> serialPerpetrator(Home home) {
        Person perpetrator = home.adults().stream().filter(p -> p.sex() == Sex.MALE).findFirst().orElse(null);
        if (perpetrator == null) {
            return partnerAbuse(home);
        }
        List<Person> partners = new ArrayList<>();
        List<Home> theirHomes = new ArrayList<>();
        home.adults().stream().filter(p -> p != perpetrator).findFirst().ifPresent(p -> {
            partners.add(p);
            theirHomes.add(home);
        });
        int wanted = 2 + random.nextInt(3);
        for (int tries = 0; partners.size() < wanted && tries < 30; tries++) {
            Home other = cast.homes().get(random.nextInt(cast.homes().size()));
            Person woman = other.adults().get(random.nextInt(other.adults().size()));
            if (other != home && woman.sex() == Sex.FEMALE && !partners.contains(woman)) {
                partners.add(woman);
                theirHomes.add(other);
            }
        }
        Instant from = asOf.minus(SPAN).plusMillis((long) (random.nextDouble() * SPAN.toMillis() / 3));
        long slice = Duration.between(from, asOf).toMillis() / Math.max(1, partners.size());
        List<Occurrence> story = new ArrayList<>();
        int step = 0;
        for (int n = 0; n < partners.size(); n++) {
            Person partner = partners.get(n);
            Place place = placeOf(theirHomes.get(n));
            List<Person> children = cast.childrenOf(theirHomes.get(n), random);
            Instant at = timeOfDay(from.plusMillis(n * slice + (long) (random.nextDouble() * slice / 2)));
            Instant sliceEnd = from.plusMillis((n + 1) * slice);
            int calls = 1 + random.nextInt(4);
            for (int c = 0; c < calls && at.isBefore(sliceEnd) && at.isBefore(asOf); c++) {
                boolean former = c == calls - 1 && c > 0 && n < partners.size() - 1 && random.nextBoolean();
                LocalDate sixteen = bothSixteen(partner, perpetrator);
                if (sixteen == null || sixteen.isBefore(day(at))) {
                    story.add(new Occurrence(at, place, former ? Kind.FORMER_PARTNER_ABUSE : Kind.PARTNER_ABUSE,
                            partner, perpetrator, former ? Relationship.FORMER_PARTNER : Relationship.CURRENT_PARTNER,
                            step++, List.of(), children));
                }
                at = next(at, false);
            }
        }
        if (random.nextDouble() < 0.8) {
            markers.add(new WarningMarker(perpetrator.ref(), WarningMarker.Kind.VIOLENT, "Domestic abuse against several partners"));
        }
        if (random.nextDouble() < 0.25) {
            markers.add(new WarningMarker(perpetrator.ref(), WarningMarker.Kind.WEAPONS, "Has threatened partners with a knife"));
        }
        if (random.nextDouble() < 0.1) {
            markers.add(new WarningMarker(perpetrator.ref(), WarningMarker.Kind.ASSAULTS_POLICE, null));
        }
        return story;
    }

    /** A grown-up son or daughter against a parent (or a brother or sister). */
    List<Occurrence> familyAbuse(Home home) {
        if (home.grownChildren().isEmpty()) {
            return partnerAbuse(home);
        }
        Person suspect = home.grownChildren().get(random.nextInt(home.grownChildren().size()));
        boolean sibling = home.grownChildren().size() > 1 && random.nextDouble() < 0.25;
        Person victim;
        if (sibling) {
            List<Person> others = home.grownChildren().stream().filter(p -> p != suspect).toList();
            victim = others.get(random.nextInt(others.size()));
        } else {
            victim = home.adults().get(random.nextInt(home.adults().size()));
        }
        Instant at = start(bothSixteen(victim, suspect));
        int count = 1 + random.nextInt(3);
        List<Occurrence> story = new ArrayList<>();
        for (int step = 0; step < count && at != null && at.isBefore(asOf); step++) {
            story.add(new Occurrence(at, placeOf(home), Kind.FAMILY_ABUSE, victim, suspect,
                    sibling ? Relationship.SIBLING : Relationship.CHILD, step, List.of(), cast.childrenOf(home, random)));
            at = next(at, false);
        }
        return story;
    }

    /** Trouble between two flats in a block, reported at one or the other. */
    List<Occurrence> neighbours(Home home) {
        List<Home> neighbours = cast.neighboursInBlock(home);
        if (neighbours.isEmpty()) {
            return mishaps(home);
        }
        Home other = neighbours.get(random.nextInt(neighbours.size()));
        Person victim = home.adults().get(random.nextInt(home.adults().size()));
        Person suspect = other.adults().get(random.nextInt(other.adults().size()));
        Instant at = start(null);
        int count = 1 + random.nextInt(3);
        List<Occurrence> story = new ArrayList<>();
        for (int step = 0; step < count && at.isBefore(asOf); step++) {
            Home where = random.nextBoolean() ? home : other;
            story.add(new Occurrence(at, placeOf(where), Kind.NEIGHBOUR_DISPUTE, victim, suspect, null, step,
                    List.of(), List.of()));
            at = next(at, false);
        }
        return story;
    }

    /** Everyday things that are not domestic abuse: a theft, damage, someone worried about a neighbour. */
    List<Occurrence> mishaps(Home home) {
        Instant at = start(null);
        int count = random.nextDouble() < 0.8 ? 1 : 2;
        List<Occurrence> story = new ArrayList<>();
        for (int step = 0; step < count && at.isBefore(asOf); step++) {
            Kind kind = switch (random.nextInt(3)) {
                case 0 -> Kind.THEFT;
                case 1 -> Kind.CRIMINAL_DAMAGE;
                default -> Kind.WELFARE_CONCERN;
            };
            Person victim = home.members().get(random.nextInt(home.members().size()));
            story.add(new Occurrence(at, placeOf(home), kind, victim, null, null, step, List.of(), List.of()));
            at = next(at, false);
        }
        return story;
    }

    private Person[] victimAndSuspect(Person a, Person b) {
        boolean aIsVictim = a.sex() != b.sex()
                ? (a.sex() == Sex.FEMALE) == (random.nextDouble() < 0.85)
                : random.nextBoolean();
        return aIsVictim ? new Person[] {a, b} : new Person[] {b, a};
    }

    /** Mostly short stories, a few long ones: 1 (35%), 2–3 (35%), 4–8 (22%), 9–15 (8%). */
    private int storyLength() {
        double u = random.nextDouble();
        if (u < 0.35) {
            return 1;
        } else if (u < 0.70) {
            return 2 + random.nextInt(2);
        } else if (u < 0.92) {
            return 4 + random.nextInt(5);
        }
        return 9 + random.nextInt(7);
    }

    /** Where the victim went after leaving: a later record of theirs says so, or somewhere new. */
    private Place newHomeOf(Person victim, Home home) {
        int slot = cast.movedTo(victim, home.slot());
        if (slot >= 0) {
            Home there = cast.homes().stream().filter(h -> h.slot() == slot).findFirst().orElse(null);
            return new Place(slot, cast.address(slot), there);
        }
        NewAddress address = Places.address(random, newBlocks);
        newAddresses.add(address);
        return new Place(cast.addressCount() + newAddresses.size() - 1, address, null);
    }

    private Place placeOf(Home home) {
        return new Place(home.slot(), home.address(), home);
    }

    /** The later of the days the two turn 16 (domestic abuse needs both aged 16 or over). */
    private static LocalDate bothSixteen(Person a, Person b) {
        if (a.born() == null || b.born() == null) {
            return null;
        }
        LocalDate first = a.born().plusYears(16);
        LocalDate second = b.born().plusYears(16);
        return first.isAfter(second) ? first : second;
    }

    /** A random moment in the span, not before {@code notBefore}; null when there is none. */
    private Instant start(LocalDate notBefore) {
        Instant from = asOf.minus(SPAN);
        if (notBefore != null) {
            Instant eligible = notBefore.plusDays(1).atStartOfDay(LONDON).toInstant();
            if (!eligible.isBefore(asOf)) {
                return null;
            }
            from = eligible.isAfter(from) ? eligible : from;
        }
        return timeOfDay(from.plusMillis((long) (random.nextDouble() * Duration.between(from, asOf).toMillis())));
    }

    /** The next call: weeks or months later, or within days during a crisis. */
    private Instant next(Instant at, boolean crisis) {
        long days = crisis ? 1 + random.nextInt(9) : 1 + (long) (-Math.log(1 - random.nextDouble()) * 70);
        return timeOfDay(at.plus(Duration.ofDays(days)));
    }

    /** The same day, at an hour drawn the way calls come in, to the second. */
    private Instant timeOfDay(Instant day) {
        int pick = random.nextInt(HOUR_TOTAL);
        int hour = 0;
        while (pick >= HOUR_WEIGHTS[hour]) {
            pick -= HOUR_WEIGHTS[hour++];
        }
        return day(day).atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(LONDON).toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }

    private List<Person> some(List<Person> people, double chance) {
        List<Person> chosen = new ArrayList<>();
        for (Person person : people) {
            if (random.nextDouble() < chance) {
                chosen.add(person);
            }
        }
        return chosen;
    }
}
