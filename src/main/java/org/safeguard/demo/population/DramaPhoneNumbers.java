package org.safeguard.demo.population;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Phone numbers only from the ranges Ofcom reserves for drama and fiction, so no generated number
 * can ring a real person: mobiles 07700 900000–900999, and the reserved blocks of 1,000 numbers in
 * London, Leeds, Sheffield, Nottingham, Leicester, Bristol, Reading, Birmingham, Edinburgh, Glasgow,
 * Liverpool, Manchester, Belfast, Cardiff and the fictional 01632 area. Because the ranges are small,
 * numbers repeat across unrelated people at scale, as recycled numbers do in life.
 */
final class DramaPhoneNumbers {

    private record Block(String prefix, int first) {
    }

    private static final List<Block> LANDLINES = List.of(
            new Block("020 7946 ", 0), new Block("0113 496 ", 0), new Block("0114 496 ", 0), new Block("0115 496 ", 0),
            new Block("0116 496 ", 0), new Block("0117 496 ", 0), new Block("0118 496 ", 0), new Block("0121 496 ", 0),
            new Block("0131 496 ", 0), new Block("0141 496 ", 0), new Block("0151 496 ", 0), new Block("0161 496 ", 0),
            new Block("028 9649 ", 6000), new Block("029 2018 ", 0), new Block("01632 960", 0));

    private DramaPhoneNumbers() {
    }

    static String mobile(SplittableRandom random) {
        return String.format("07700 900%03d", random.nextInt(1000));
    }

    static String landline(SplittableRandom random) {
        Block block = LANDLINES.get(random.nextInt(LANDLINES.size()));
        int n = block.first() + random.nextInt(1000);
        return block.prefix() + String.format(block.prefix().endsWith("960") ? "%03d" : "%04d", n);
    }
}
