package org.safeguard.identity.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One way of writing an address line, so that "Flat 3, Heron Hse, Acorn Wy", "3 HERON HOUSE ACORN WAY"
 * and "flat 3 heron house, acorn way" are the same address: capitals, no punctuation, single spaces,
 * the usual abbreviations written out, and every way of saying "flat" ("Flat", "Flt", "Apartment",
 * "Apt", "3/", a number in front of a named building) written as {@code FLAT n}. The building key is
 * the same line without the flat, so other flats in the same building share it.
 */
public final class AddressNormaliser {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("RD", "ROAD"), Map.entry("ST", "STREET"), Map.entry("STR", "STREET"), Map.entry("AVE", "AVENUE"),
            Map.entry("AV", "AVENUE"), Map.entry("CL", "CLOSE"), Map.entry("DR", "DRIVE"), Map.entry("LN", "LANE"),
            Map.entry("CRES", "CRESCENT"), Map.entry("CRS", "CRESCENT"), Map.entry("GDNS", "GARDENS"),
            Map.entry("CT", "COURT"), Map.entry("PL", "PLACE"), Map.entry("SQ", "SQUARE"), Map.entry("TER", "TERRACE"),
            Map.entry("TERR", "TERRACE"), Map.entry("TCE", "TERRACE"), Map.entry("HSE", "HOUSE"), Map.entry("WY", "WAY"),
            Map.entry("WLK", "WALK"), Map.entry("GRN", "GREEN"), Map.entry("PK", "PARK"), Map.entry("HO", "HOUSE"));
    private static final Set<String> FLAT_WORDS = Set.of("FLAT", "FLT", "APARTMENT", "APT", "UNIT", "ROOM");
    private static final Set<String> BUILDING_WORDS = Set.of("HOUSE", "COURT", "LODGE", "MANSIONS", "TOWER", "POINT",
            "BLOCK", "HALL", "BUILDINGS", "APARTMENTS");
    /** Words that end a street's name: "Hall Road" is a street, not a building called Hall. */
    private static final Set<String> STREET_WORDS = Set.of("ROAD", "STREET", "LANE", "AVENUE", "CLOSE", "DRIVE",
            "CRESCENT", "GARDENS", "PLACE", "SQUARE", "TERRACE", "WAY", "WALK", "GREEN", "PARK", "HILL", "ROW", "GROVE",
            "MEWS", "VIEW", "RISE", "PARADE");

    private AddressNormaliser() {
    }

    /** The normalised address line and its building key. */
    public record Normalised(String line, String buildingKey) {
    }

    public static Normalised normalise(String line1, String line2) {
        String joined = ((line1 == null ? "" : line1) + " " + (line2 == null ? "" : line2)).toUpperCase()
                .replaceAll("(\\d+[A-Z]?)\\s*/\\s*", "FLAT $1 ")
                .replaceAll("[^A-Z0-9 ]", " ")
                .replaceAll("\\b(FLAT|FLT|APARTMENT|APT|UNIT|ROOM)(\\d)", "$1 $2")
                .trim();
        List<String> tokens = new ArrayList<>();
        for (String token : joined.split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(WORDS.getOrDefault(token, token));
            }
        }
        String flat = null;
        List<String> building = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (flat == null && FLAT_WORDS.contains(token) && i + 1 < tokens.size()) {
                flat = tokens.get(++i);
            } else if (flat == null && i == 0 && isNumber(token) && namesABuilding(tokens)) {
                flat = token;
            } else {
                building.add(token);
            }
        }
        String buildingKey = String.join(" ", building);
        return new Normalised(flat == null ? buildingKey : ("FLAT " + flat + " " + buildingKey).trim(), buildingKey);
    }

    private static boolean isNumber(String token) {
        return token.matches("\\d+[A-Z]?");
    }

    /**
     * "3 Heron House Acorn Way": a number before a named building is the flat, not the house number.
     * "12 Hall Road" and "5 Court Lane" are houses: a building word followed by a street word is part of the street's name.
     */
    private static boolean namesABuilding(List<String> tokens) {
        for (int i = 1; i < Math.min(tokens.size(), 5); i++) {
            boolean streetFollows = i + 1 < tokens.size() && STREET_WORDS.contains(tokens.get(i + 1));
            if (BUILDING_WORDS.contains(tokens.get(i)) && !streetFollows) {
                return true;
            }
            if (isNumber(tokens.get(i))) {
                return false;
            }
        }
        return false;
    }
}
