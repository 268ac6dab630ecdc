/**
 * Benchmarks, run as {@code java -jar target/safeguard.jar bench NAME [--option value]} against the
 * configured database. Each prints its figures and ends with one line
 * {@code BENCH NAME key=value …} for scripts: {@code audit} (audit log appends and verification),
 * {@code generate} (synthetic people and incidents), {@code history} (the history panel's lookups and
 * saving an incident, acting as the demo call handler), {@code linkage-febrl} (record linkage of the public
 * FEBRL 4 data sets, from {@code ../shared/benchmarks/febrl} or {@code --dir}: precision, recall and F1
 * against its truth, skipped when the files are absent) and {@code linkage-dedupe} (deduplicating the
 * generator's records of {@code --people} real people in memory, a million by default: precision, recall,
 * F1, time and peak heap) {@code rfg} (the RFG priority list: two full recomputations, then the refresh
 * of the suspects of random domestic abuse incidents, as the demo specialist) and {@code dashboard} (the performance
 * dashboard: the aggregates' build, its pages over HTTP as the demo analyst — the one benchmark that serves pages
 * while it runs, on a free port of localhost — and the insight listeners' updates). Benchmarks call other modules' APIs only, so
 * they measure what users get. Kept out of the test suite: timings on shared machines are not assertions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package org.safeguard.bench;
