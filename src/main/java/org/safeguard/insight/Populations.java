package org.safeguard.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.insight.store.PopulationStore;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.platform.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adult (16 and over) female population per town, the denominator of "MARAC cases per 10,000 adult women": what
 * is recorded for each town the dashboard has seen (and any other town given a figure), and an administrator setting
 * a town's figure from its source (an ONS estimate). A figure set replaces the town's current one; the earlier ones
 * are kept as its history. The demo generator's synthetic figures never replace an administrator's. Both reading
 * and setting are audited.
 */
@Service
public class Populations {

    static final String READS = "hasAnyRole('ADMIN','ANALYST')";
    static final String SETS = "hasRole('ADMIN')";
    static final long MOST = 10_000_000;
    static final int LONGEST_TOWN = 100;
    static final int LONGEST_SOURCE = 200;

    /** A town's figure (count, source and recordedAt null when none is recorded). */
    public record TownPopulation(String town, Long adultWomen, String source, Instant recordedAt) {
    }

    /** Every town with its current figure, by name, and the figures later ones replaced. */
    public record Recorded(List<TownPopulation> towns, List<TownPopulation> earlier) {
    }

    private final PopulationStore store;
    private final TallyStore tallies;
    private final AuditTrail audit;
    private final Clock clock;

    Populations(PopulationStore store, TallyStore tallies, AuditTrail audit, Clock clock) {
        this.store = store;
        this.tallies = tallies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The towns seen in the tallies and those with a figure, each with its current figure (if any). */
    @PreAuthorize(READS)
    @Transactional
    public Recorded recorded() {
        Map<String, TownPopulation> byTown = new TreeMap<>();
        tallies.areas().stream().filter(area -> !area.isBlank())
                .forEach(area -> byTown.put(area, new TownPopulation(area, null, null, null)));
        store.current().forEach(f -> byTown.put(f.area(), population(f)));
        List<TownPopulation> earlier = store.earlier().stream().map(Populations::population).toList();
        audit.record(AuditEvent.of("INSIGHT_VIEWED", "adult_women", "all").because("population figures"));
        return new Recorded(new ArrayList<>(byTown.values()), earlier);
    }

    /**
     * Makes {@code count} (typed: a whole number from 0 to 10,000,000) the town's adult female population, from
     * {@code source}. {@link InvalidRequest} for a field that is wrong, and nothing saved.
     */
    @PreAuthorize(SETS)
    @Transactional
    public TownPopulation set(String town, String count, String source) {
        String area = town == null ? "" : town.strip();
        String from = source == null ? "" : source.strip();
        String typed = count == null ? "" : count.strip().replace(",", "");
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(!area.isEmpty(), "town", "Enter the town");
        check.require(area.length() <= LONGEST_TOWN, "town", "Enter a town name of " + LONGEST_TOWN + " characters or fewer");
        Long women = typed.matches("\\d{1,9}") ? Long.valueOf(typed) : null;
        check.require(!typed.isEmpty(), "count", "Enter the number of women aged 16 and over");
        check.require(typed.isEmpty() || typed.matches("\\d+"), "count",
                "Enter the number of women as a whole number of 0 or more, like 61500");
        check.require(!typed.matches("\\d+") || (women != null && women <= MOST), "count",
                "Enter a number no more than 10,000,000");
        check.require(!from.isEmpty(), "source", "Enter where the figure comes from, like ONS mid-2024 estimate");
        check.require(from.length() <= LONGEST_SOURCE, "source", "Enter a source of " + LONGEST_SOURCE + " characters or fewer");
        check.require(!from.toLowerCase(Locale.UK).startsWith(PopulationStore.SYNTHETIC), "source",
                "Enter a source that does not start with \"synthetic\": that word marks the demo's generated figures");
        check.throwIfAny();
        Instant now = clock.instant();
        store.set(area, women, from, now);
        audit.record(AuditEvent.of("INSIGHT_POPULATION_SET", "adult_women", area).because(women + " from " + from));
        return new TownPopulation(area, women, from, now);
    }

    private static TownPopulation population(PopulationStore.TownFigure f) {
        return new TownPopulation(f.area(), f.count(), f.source(), f.recordedAt());
    }
}
