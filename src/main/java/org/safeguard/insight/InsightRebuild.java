package org.safeguard.insight;

import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * For bulk loads and the bench, not for pages (like the other modules' imports, it is reached by no URL):
 * works the dashboard's facts and tallies out again from the source modules' records, and records the
 * population figures the rates are divided by.
 */
@Service
public class InsightRebuild {

    /**
     * Works every fact and tally out again from the source modules' records, replacing the old ones in one
     * transaction: after a bulk load (the demo generator, an import) that published no events.
     */
    public RebuildReport rebuild() {
        throw new UnsupportedOperationException("insight: to be built");
    }

    /**
     * Adds to the adult (16 and over) female population recorded for each town, with where the figures come
     * from: the denominator of "MARAC cases per 10,000 adult women".
     */
    public void addAdultWomen(Map<String, Long> byTown, String source) {
        throw new UnsupportedOperationException("insight: to be built");
    }
}
