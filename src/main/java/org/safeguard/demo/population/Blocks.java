package org.safeguard.demo.population;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import org.safeguard.identity.NewAddress;

/**
 * The blocks of flats being let as households are made. Four households in five who live in a flat
 * move into a block that already has tenants, until it is full; so a block's flats hold different
 * households, and an incident at one flat is history for the neighbours' calls.
 */
final class Blocks {

    private static final int OPEN_AT_ONCE = 6;

    /** A block of {@code flats} flats; {@code let} says which flat numbers are taken. */
    record Block(String name, String street, String town, String postcode, int flats, BitSet let) {

        Block(String name, String street, String town, String postcode, int flats) {
            this(name, street, town, postcode, flats, new BitSet(flats + 1));
        }

        NewAddress letFlat(SplittableRandom random) {
            int flat = 1 + random.nextInt(flats);
            while (let.get(flat)) {
                flat = flat % flats + 1;
            }
            let.set(flat);
            return new NewAddress("Flat " + flat + ", " + name, street, town, postcode, Places.uprn(random));
        }

        boolean full() {
            return let.cardinality() >= flats;
        }
    }

    private final List<Block> open = new ArrayList<>();

    NewAddress flat(SplittableRandom random) {
        Block block;
        if (!open.isEmpty() && random.nextDouble() < 0.8) {
            block = open.get(random.nextInt(open.size()));
        } else {
            block = Places.block(random);
            open.add(block);
            if (open.size() > OPEN_AT_ONCE) {
                open.remove(0);
            }
        }
        NewAddress flat = block.letFlat(random);
        if (block.full()) {
            open.remove(block);
        }
        return flat;
    }
}
