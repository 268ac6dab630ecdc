package org.safeguard.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.safeguard.identity.linkage.MatchScore;

/** Precision, recall and F1 of predicted links against the truth. */
record LinkQuality(long links, long correct, long truePairs) {

    static LinkQuality of(Collection<MatchScore> links, BiPredicate<Long, Long> samePerson, long truePairs) {
        long correct = links.stream().filter(l -> samePerson.test(l.firstId(), l.secondId())).count();
        return new LinkQuality(links.size(), correct, truePairs);
    }

    /** Each record keeps only its best match, and a link stays only when it is the best for both records. */
    static List<MatchScore> bestMatchesOnly(Collection<MatchScore> links) {
        Map<Long, MatchScore> best = new HashMap<>();
        for (MatchScore link : links) {
            best.merge(link.firstId(), link, LinkQuality::better);
            best.merge(link.secondId(), link, LinkQuality::better);
        }
        return links.stream().filter(l -> best.get(l.firstId()) == l && best.get(l.secondId()) == l).toList();
    }

    private static MatchScore better(MatchScore one, MatchScore other) {
        if (one.weight() != other.weight()) {
            return one.weight() > other.weight() ? one : other;
        }
        return Long.compare(one.firstId() * 31 + one.secondId(), other.firstId() * 31 + other.secondId()) <= 0 ? one : other;
    }

    double precision() {
        return links == 0 ? 0 : correct / (double) links;
    }

    double recall() {
        return truePairs == 0 ? 0 : correct / (double) truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("%d links, %d correct of %d true pairs: precision %.4f recall %.4f F1 %.4f",
                links, correct, truePairs, precision(), recall(), f1());
    }
}
