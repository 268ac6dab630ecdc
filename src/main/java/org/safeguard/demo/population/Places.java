package org.safeguard.demo.population;

import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.identity.NewAddress;

/**
 * Made-up addresses in real towns of the three commissioning forces' areas, with postcodes in the
 * correct UK format (outward code of the town, inward code digit plus two letters from the set
 * Royal Mail uses). Street names are invented; some addresses are flats in a named block shared by
 * several households (see {@link Blocks}), so "other flats at the same building" exist to be found.
 */
final class Places {

    private record Town(String name, List<String> outwardCodes) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town("Stevenage", List.of("SG1", "SG2")), new Town("Hitchin", List.of("SG4", "SG5")),
            new Town("Letchworth Garden City", List.of("SG6")), new Town("Hertford", List.of("SG13", "SG14")),
            new Town("St Albans", List.of("AL1", "AL2", "AL3", "AL4")), new Town("Watford", List.of("WD17", "WD18", "WD19", "WD24", "WD25")),
            new Town("Hemel Hempstead", List.of("HP1", "HP2", "HP3")), new Town("Welwyn Garden City", List.of("AL7", "AL8")),
            new Town("Hatfield", List.of("AL9", "AL10")), new Town("Borehamwood", List.of("WD6")),
            new Town("Cheshunt", List.of("EN7", "EN8")), new Town("Bishop's Stortford", List.of("CM22", "CM23")),
            new Town("Bedford", List.of("MK40", "MK41", "MK42")), new Town("Luton", List.of("LU1", "LU2", "LU3", "LU4")),
            new Town("Dunstable", List.of("LU5", "LU6")), new Town("Cambridge", List.of("CB1", "CB2", "CB3", "CB4", "CB5")),
            new Town("Peterborough", List.of("PE1", "PE2", "PE3", "PE4")), new Town("Huntingdon", List.of("PE29")),
            new Town("Wisbech", List.of("PE13")), new Town("Ely", List.of("CB6", "CB7")));

    private static final List<String> STREET_WORDS = List.of(
            "Acorn", "Alder", "Barley", "Beech", "Bramble", "Cedar", "Chapel", "Clover", "Copper", "Elm", "Fennel",
            "Foxglove", "Hazel", "Heron", "Juniper", "Kestrel", "Larch", "Linden", "Maple", "Meadow", "Mulberry",
            "Orchard", "Osprey", "Poplar", "Primrose", "Quarry", "Rowan", "Saffron", "Sorrel", "Swallow",
            "Tannery", "Teasel", "Willow", "Wren", "Yew", "Kiln", "Lantern", "Millstone", "Ploughman", "Weaver");
    private static final List<String> STREET_KINDS = List.of(
            "Road", "Lane", "Close", "Way", "Avenue", "Drive", "Gardens", "Crescent", "Street", "Court", "Walk", "Rise");
    private static final List<String> BLOCK_WORDS = List.of(
            "Heron", "Kingfisher", "Beacon", "Riverside", "Marlow", "Aspen", "Cobalt", "Harbour", "Linnet", "Sovereign");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {
    }

    /**
     * A house, or (one time in five) a flat; flats are mostly let in blocks that already have
     * tenants, so other flats at the same building hold other households.
     */
    static NewAddress address(SplittableRandom random, Blocks blocks) {
        if (random.nextDouble() < 0.2) {
            return blocks.flat(random);
        }
        Town town = town(random);
        return new NewAddress((1 + random.nextInt(180)) + " " + street(random), null, town.name(),
                postcode(town, random), uprn(random));
    }

    /** A new block of flats somewhere: its name, street, town and postcode, and how many flats it has. */
    static Blocks.Block block(SplittableRandom random) {
        Town town = town(random);
        return new Blocks.Block(BLOCK_WORDS.get(random.nextInt(BLOCK_WORDS.size())) + " House", street(random),
                town.name(), postcode(town, random), 6 + random.nextInt(25));
    }

    // Synthetic UPRNs start with 9 and are 12 digits long; some records lack one, as in life.
    static Long uprn(SplittableRandom random) {
        return random.nextDouble() < 0.8 ? 900_000_000_000L + random.nextLong(99_999_999_999L) : null;
    }

    private static Town town(SplittableRandom random) {
        return TOWNS.get(random.nextInt(TOWNS.size()));
    }

    private static String street(SplittableRandom random) {
        return STREET_WORDS.get(random.nextInt(STREET_WORDS.size())) + " "
                + STREET_KINDS.get(random.nextInt(STREET_KINDS.size()));
    }

    private static String postcode(Town town, SplittableRandom random) {
        return town.outwardCodes().get(random.nextInt(town.outwardCodes().size())) + " "
                + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }
}
