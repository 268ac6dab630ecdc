package org.safeguard.identity.linkage;

/**
 * What one comparison found for a pair and how much it counted: the log2 Bayes factor added to the
 * pair's match weight (positive for the match, negative against). {@code level} is -1 when a value is
 * missing (then {@code weight} is 0).
 */
public record Evidence(Comparison comparison, int level, String finding, double weight) {
}
