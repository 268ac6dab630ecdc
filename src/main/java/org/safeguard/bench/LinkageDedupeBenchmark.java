package org.safeguard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.safeguard.demo.LinkageSamples;
import org.safeguard.identity.linkage.LinkRecord;
import org.safeguard.identity.linkage.Linkage;
import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code bench linkage-dedupe [--people N] [--seed S]}: finds the duplicate records among the generator's
 * records of N real people (a million unless given; about 1.34 records each), in memory: trains a model on
 * the records (no labels), blocks, scores every candidate pair on all cores and links at probability 0.5;
 * then measures precision, recall and F1 against the pairs of records of one real person. The seconds are
 * training, blocking and scoring; generating the records is timed apart.
 */
@Component
class LinkageDedupeBenchmark implements Benchmark {

    /** What the service does: links automatically from 0.999 (with the family-name safeguard), reviews from 0.5. */
    private static final Thresholds SERVICE = new Thresholds(0.999, 0.5);

    @Override
    public String name() {
        return "linkage-dedupe";
    }

    @Override
    public String description() {
        return "record linkage deduplication of generated people, in memory";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        return run(options.longOption("people", 1_000_000), options.longOption("seed", 1));
    }

    LinkedHashMap<String, Object> run(long people, long seed) {
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            LinkageSamples.Sample sample = LinkageSamples.generate(people, seed);
            List<LinkRecord> records = sample.records();
            long generated = System.nanoTime();
            System.out.printf("linkage-dedupe: %d records of %d people generated in %.1f s%n", records.size(),
                    sample.realPeople(), (generated - start) / 1e9);
            LinkageModel model = LinkageModel.train(records, seed);
            long trained = System.nanoTime();
            System.out.printf("linkage-dedupe: trained in %.1f s%n", (trained - generated) / 1e9);
            Linkage linkage = Linkage.within(records);
            long blocked = System.nanoTime();
            System.out.printf("linkage-dedupe: prepared and blocked in %.1f s%n", (blocked - trained) / 1e9);
            LongAdder links = new LongAdder();
            LongAdder correct = new LongAdder();
            LongAdder autoLinks = new LongAdder();
            LongAdder autoCorrect = new LongAdder();
            LongAdder reviewPairs = new LongAdder();
            long compared = linkage.scoreAll(model, new Thresholds(0.5, 0.5), link -> {
                boolean samePerson = sample.realPersonOf(link.firstId()) == sample.realPersonOf(link.secondId());
                links.increment();
                if (samePerson) {
                    correct.increment();
                }
                Thresholds.Decision decision = SERVICE.decide(link);
                if (decision == Thresholds.Decision.LINK) {
                    autoLinks.increment();
                    if (samePerson) {
                        autoCorrect.increment();
                    }
                } else if (decision == Thresholds.Decision.REVIEW) {
                    reviewPairs.increment();
                }
            });
            long scored = System.nanoTime();
            System.out.printf("linkage-dedupe: %d pairs scored in %.1f s%n", compared, (scored - blocked) / 1e9);
            long truePairs = sample.truePairs();
            long found = truePairsAmongCandidates(sample, linkage);
            System.out.println("linkage-dedupe: pairs compared per blocking rule " + linkage.pairsPerRule());
            LinkQuality quality = new LinkQuality(links.sum(), correct.sum(), truePairs);
            LinkQuality auto = new LinkQuality(autoLinks.sum(), autoCorrect.sum(), truePairs);
            System.out.println("linkage-dedupe: " + quality + "; linked automatically by " + SERVICE + ": " + auto
                    + ", " + reviewPairs.sum() + " to review");
            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            figures.put("people", sample.realPeople());
            figures.put("records", records.size());
            figures.put("precision", round(quality.precision()));
            figures.put("recall", round(quality.recall()));
            figures.put("f1", round(quality.f1()));
            figures.put("auto_precision", round(auto.precision()));
            figures.put("auto_recall", round(auto.recall()));
            figures.put("auto_f1", round(auto.f1()));
            figures.put("review_pairs", reviewPairs.sum());
            figures.put("pairs_compared", compared);
            figures.put("seconds", Math.round((scored - generated) / 1e8) / 10.0);
            figures.put("generation_seconds", Math.round((generated - start) / 1e8) / 10.0);
            figures.put("blocking_recall", round(found / (double) truePairs));
            figures.put("peak_heap_mb", heap.peakMegabytes());
            figures.put("max_heap_mb", HeapWatch.maxMegabytes());
            return figures;
        }
    }

    /** True pairs (records of one real person) that blocking makes candidates. */
    private static long truePairsAmongCandidates(LinkageSamples.Sample sample, Linkage linkage) {
        int[] person = sample.realPersonOfRecord();
        long found = 0;
        // Records of one person are next to each other: the generator writes a person's records together.
        for (int start = 0; start < person.length; ) {
            int end = start + 1;
            while (end < person.length && person[end] == person[start]) {
                end++;
            }
            for (int i = start; i < end; i++) {
                for (int j = i + 1; j < end; j++) {
                    if (linkage.compares(i + 1, j + 1)) {
                        found++;
                    }
                }
            }
            start = end;
        }
        return found;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
