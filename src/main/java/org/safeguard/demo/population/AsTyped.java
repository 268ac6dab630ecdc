package org.safeguard.demo.population;

import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.identity.NewAddress;

/**
 * Phone numbers and addresses the way people type them into a form or say them to a call taker:
 * spaced or not, +44 or 0, "Flat 3, Heron House" or "3/ Heron House" or "flat 3 heron hse". Every
 * variant still means the same number and the same address once compared the way Safeguard compares
 * them, so a lookup of any variant finds the others.
 */
final class AsTyped {

    private static final Map<String, String> SHORT_WORDS = Map.ofEntries(
            Map.entry("Road", "Rd"), Map.entry("Street", "St"), Map.entry("Avenue", "Ave"), Map.entry("Close", "Cl"),
            Map.entry("Drive", "Dr"), Map.entry("Lane", "Ln"), Map.entry("Crescent", "Cres"),
            Map.entry("Gardens", "Gdns"), Map.entry("Court", "Ct"), Map.entry("Way", "Wy"), Map.entry("Walk", "Wlk"),
            Map.entry("House", "Hse"));

    private AsTyped() {
    }

    /** "07700 900123" as "07700900123", "+44 7700 900123", "07700 900 123" or as it is. */
    static String phone(String number, SplittableRandom random) {
        String digits = number.replace(" ", "");
        double u = random.nextDouble();
        if (u < 0.45) {
            return number;
        } else if (u < 0.70) {
            return digits;
        } else if (u < 0.85) {
            return "+44 " + number.substring(1);
        }
        return digits.substring(0, digits.length() - 6) + " " + digits.substring(digits.length() - 6, digits.length() - 3)
                + " " + digits.substring(digits.length() - 3);
    }

    /** The address line (without town or postcode) as typed. */
    static String location(NewAddress address, SplittableRandom random) {
        String line = address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
        double u = random.nextDouble();
        if (u < 0.5) {
            return line;
        } else if (u < 0.65) {
            return line.toLowerCase().replace(",", "");
        } else if (u < 0.8) {
            return abbreviated(line);
        } else if (line.startsWith("Flat ")) {
            String flat = line.substring(5, line.indexOf(','));
            return random.nextBoolean() ? flat + "/ " + line.substring(line.indexOf(',') + 2)
                    : flat + " " + line.substring(line.indexOf(',') + 2);
        }
        return line.toUpperCase();
    }

    private static String abbreviated(String line) {
        StringBuilder typed = new StringBuilder();
        for (String word : line.split(" ")) {
            String bare = word.replace(",", "");
            String shortWord = SHORT_WORDS.getOrDefault(bare, bare);
            typed.append(typed.isEmpty() ? "" : " ").append(shortWord).append(word.endsWith(",") ? "," : "");
        }
        return typed.toString();
    }
}
