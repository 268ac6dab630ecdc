package org.safeguard.identity.linkage;

import java.util.Comparator;
import java.util.List;

/**
 * How strongly two records look like the same person: the match weight (log2 odds), the match
 * probability, and the comparison that produced them.
 *
 * @param namesSwapped true when the given and family names matched only once swapped
 * @param modelVersion the version of the model that scored the pair (0 for an unsaved model)
 */
public record MatchScore(long firstId, long secondId, double weight, double probability, boolean namesSwapped,
                         List<Evidence> evidence, int modelVersion) {

    public MatchScore {
        evidence = List.copyOf(evidence);
    }

    /**
     * What counts for the match, strongest first, in words an operator reads at a glance, e.g.
     * "date of birth: the same", "given name: a short form of the other", "phone: a number in common".
     */
    public List<String> reasons() {
        return evidence.stream().filter(e -> e.weight() > 0)
                .sorted(Comparator.comparingDouble(Evidence::weight).reversed())
                .map(e -> e.comparison().label().toLowerCase() + ": " + e.finding())
                .toList();
    }
}
