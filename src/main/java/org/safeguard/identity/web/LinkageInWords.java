package org.safeguard.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.safeguard.identity.linkage.Evidence;

/** How the linkage pages write a score: probabilities as percentages, weights with their sign, evidence strongest first. */
final class LinkageInWords {

    private LinkageInWords() {
    }

    /** One comparison as the review page lists it. */
    record EvidenceRow(String compared, String found, String weight, boolean against) {
    }

    /** 0.873 as "87%"; never "100%" or "0%" for a pair that is neither certain nor impossible. */
    static String percent(Double probability) {
        if (probability == null) {
            return "Not scored";
        }
        if (probability > 0.995 && probability < 1) {
            return "over 99%";
        }
        if (probability > 0 && probability < 0.005) {
            return "under 1%";
        }
        return Math.round(probability * 100) + "%";
    }

    /** A log2 Bayes factor with its sign and one decimal: "+7.2", "−3.1" (a minus sign), "0.0". */
    static String signed(double weight) {
        String magnitude = String.format(Locale.UK, "%.1f", Math.abs(weight));
        if (magnitude.equals("0.0")) {
            return magnitude;
        }
        return (weight > 0 ? "+" : "\u2212") + magnitude;
    }

    /** Every comparison, the strongest either way first (the order the comparisons are made breaks ties). */
    static List<EvidenceRow> strongestFirst(List<Evidence> evidence) {
        return evidence.stream()
                .sorted(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.weight()))
                        .thenComparing(e -> e.comparison().ordinal()))
                .map(e -> new EvidenceRow(e.comparison().label(), found(e), signed(e.weight()), e.weight() < 0))
                .toList();
    }

    /** The few comparisons that counted most, either way, as "Date of birth: the same (+7.2)". */
    static List<String> topReasons(List<Evidence> evidence, int howMany) {
        return strongestFirst(evidence).stream()
                .filter(row -> !row.weight().equals("0.0"))
                .limit(howMany)
                .map(row -> row.compared() + ": " + row.found() + " (" + row.weight() + ")")
                .toList();
    }

    /** What a comparison found, in words: the finding recorded, else its level, else that a value is missing. */
    static String found(Evidence evidence) {
        if (evidence.finding() != null && !evidence.finding().isBlank()) {
            return evidence.finding();
        }
        List<String> levels = evidence.comparison().levels();
        return evidence.level() >= 0 && evidence.level() < levels.size() ? levels.get(evidence.level())
                : "not recorded on one record or both";
    }

    /** How two records came to be linked, in words. */
    static String how(String how) {
        return switch (how) {
            case "AUTOMATIC" -> "Automatically: the score was above the threshold";
            case "REVIEWED" -> "After a specialist's review";
            case "BY_HAND" -> "By hand";
            default -> how;
        };
    }
}
