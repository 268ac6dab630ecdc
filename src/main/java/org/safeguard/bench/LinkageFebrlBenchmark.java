package org.safeguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.safeguard.identity.Sex;
import org.safeguard.identity.linkage.LinkRecord;
import org.safeguard.identity.linkage.Linkage;
import org.safeguard.identity.linkage.LinkageModel;
import org.safeguard.identity.linkage.MatchScore;
import org.safeguard.identity.linkage.Thresholds;
import org.safeguard.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code bench linkage-febrl [--dir ../shared/benchmarks/febrl]}: links FEBRL's dataset 4a to 4b (5,000
 * records each, one true match each) with a model trained on both without labels, links at the Bayes
 * boundary (probability 0.5) keeping each record's best match, and measures precision, recall and F1
 * against the truth ({@code rec-N-org} is {@code rec-N-dup-0}). Skips, saying why, when the files are absent.
 */
@Component
class LinkageFebrlBenchmark implements Benchmark {

    /** What the service does: links automatically from 0.999 (with the family-name safeguard), reviews from 0.5. */
    private static final Thresholds SERVICE = new Thresholds(0.999, 0.5);

    static final String DEFAULT_DIR = "../shared/benchmarks/febrl";
    private static final long SEED = 4;
    private static final long RIGHT_IDS = 1_000_000;

    @Override
    public String name() {
        return "linkage-febrl";
    }

    @Override
    public String description() {
        return "record linkage quality and speed on FEBRL 4 (public benchmark)";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        return run(Path.of(options.option("dir", DEFAULT_DIR)));
    }

    LinkedHashMap<String, Object> run(Path dir) {
        Path left = dir.resolve("dataset4a.csv");
        Path right = dir.resolve("dataset4b.csv");
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        if (!Files.isReadable(left) || !Files.isReadable(right)) {
            System.out.println("linkage-febrl: skipped, FEBRL 4 not found at " + dir.toAbsolutePath().normalize()
                    + " (dataset4a.csv and dataset4b.csv; give another folder with --dir)");
            figures.put("skipped", true);
            return figures;
        }
        Map<Long, String> truth = new HashMap<>();
        List<LinkRecord> a = read(left, 1, truth);
        List<LinkRecord> b = read(right, RIGHT_IDS + 1, truth);
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            List<LinkRecord> both = new ArrayList<>(a);
            both.addAll(b);
            LinkageModel model = LinkageModel.train(both, SEED);
            long trained = System.nanoTime();
            Linkage linkage = Linkage.between(a, b);
            Queue<MatchScore> links = new ConcurrentLinkedQueue<>();
            long compared = linkage.scoreAll(model, new Thresholds(0.5, 0.5), links::add);
            long scored = System.nanoTime();
            List<MatchScore> oneToOne = LinkQuality.bestMatchesOnly(links);
            long truePairs = truePairs(a, b, truth);
            Map<String, Long> rightByNumber = new HashMap<>();
            b.forEach(r -> rightByNumber.put(truth.get(r.id()), r.id()));
            long candidatesTrue = a.stream().filter(r -> {
                Long match = rightByNumber.get(truth.get(r.id()));
                return match != null && linkage.compares(r.id(), match);
            }).count();
            LinkQuality all = LinkQuality.of(links, (x, y) -> truth.get(x).equals(truth.get(y)), truePairs);
            LinkQuality best = LinkQuality.of(oneToOne, (x, y) -> truth.get(x).equals(truth.get(y)), truePairs);
            List<MatchScore> autoLinked = links.stream()
                    .filter(l -> SERVICE.decide(l) == Thresholds.Decision.LINK).toList();
            long reviewPairs = links.stream().filter(l -> SERVICE.decide(l) == Thresholds.Decision.REVIEW).count();
            LinkQuality auto = LinkQuality.of(autoLinked, (x, y) -> truth.get(x).equals(truth.get(y)), truePairs);
            System.out.println("linkage-febrl: pairs compared per blocking rule " + linkage.pairsPerRule());
            System.out.printf("linkage-febrl: trained in %.1f s, blocked and scored in %.1f s; prior %s%n",
                    (trained - start) / 1e9, (scored - trained) / 1e9, model.toJson().lines()
                            .filter(l -> l.contains("\"prior\"")).findFirst().orElse("").trim());
            System.out.println("linkage-febrl: every link at p >= 0.5: " + all + "; best match only: " + best
                    + "; linked automatically by " + SERVICE + ": " + auto + ", " + reviewPairs + " to review");
            figures.put("precision", round(best.precision()));
            figures.put("recall", round(best.recall()));
            figures.put("f1", round(best.f1()));
            figures.put("pairs_compared", compared);
            figures.put("pairs_compared_share", String.format("%.5f", compared / ((double) a.size() * b.size())));
            figures.put("seconds", Math.round((scored - start) / 1e8) / 10.0);
            figures.put("blocking_recall", round(candidatesTrue / (double) truePairs));
            figures.put("f1_every_link", round(all.f1()));
            figures.put("auto_precision", round(auto.precision()));
            figures.put("auto_recall", round(auto.recall()));
            figures.put("auto_f1", round(auto.f1()));
            figures.put("review_pairs", reviewPairs);
            figures.put("peak_heap_mb", heap.peakMegabytes());
        }
        return figures;
    }

    /** Pairs of a left and a right record of one person, from the truth (a person may have several records). */
    private static long truePairs(List<LinkRecord> left, List<LinkRecord> right, Map<Long, String> truth) {
        Map<String, Long> rightPerPerson = new HashMap<>();
        right.forEach(r -> rightPerPerson.merge(truth.get(r.id()), 1L, Long::sum));
        return left.stream().mapToLong(r -> rightPerPerson.getOrDefault(truth.get(r.id()), 0L)).sum();
    }

    /**
     * FEBRL's columns (rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode,
     * state, date_of_birth, soc_sec_id), each value after ", ". The n-th record gets id {@code firstId + n};
     * {@code truth} maps each id to the N of its rec-N (the same N in both files is the same person).
     */
    static List<LinkRecord> read(Path file, long firstId, Map<Long, String> truth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<LinkRecord> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] v = line.split(",", -1);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].trim();
            }
            long id = firstId + records.size();
            truth.put(id, v[0].replaceAll("^rec-(\\d+)-.*$", "$1"));
            records.add(new LinkRecord(id, v[1], v[2], v[9].isEmpty() ? null : v[9], Sex.NOT_KNOWN,
                    LinkRecord.address(v[3] + " " + v[4], v[5] + " " + v[6]), v[7].isEmpty() ? null : v[7],
                    List.of(), List.of(), v[10].isEmpty() ? List.of() : List.of(v[10])));
        }
        return records;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
