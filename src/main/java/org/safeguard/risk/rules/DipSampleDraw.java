package org.safeguard.risk.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.SplittableRandom;

/**
 * The weekly dip sample (HMIC recommendation 7): a share of the week's standard and medium
 * assessments drawn at random, reproducibly. The candidates are put in id order, shuffled with a
 * generator seeded by the recorded seed, and the first {@code ceil(share × n)} taken (at least one when
 * there are any), so the same week, share and seed always give the same sample.
 */
public final class DipSampleDraw {

    private DipSampleDraw() {
    }

    public static List<Long> draw(List<Long> candidates, double share, long seed) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be above 0 and at most 1");
        }
        List<Long> ordered = new ArrayList<>(candidates);
        Collections.sort(ordered);
        int wanted = ordered.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(share * ordered.size() - 1e-9));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < wanted; i++) {
            Collections.swap(ordered, i, i + random.nextInt(ordered.size() - i));
        }
        List<Long> drawn = new ArrayList<>(ordered.subList(0, wanted));
        Collections.sort(drawn);
        return List.copyOf(drawn);
    }

    /**
     * Reviewers for the drawn assessments, never the assessor: {@code assessors.get(i)} made the i-th.
     * Each goes to the eligible reviewer with the fewest reviews waiting ({@code waiting}: every reviewer
     * available, with the reviews already waiting for them), counting those given in this draw; ties go
     * by username. Null where the only reviewers available made the assessment themselves.
     */
    public static List<String> assignReviewers(List<String> assessors, Map<String, Integer> waiting) {
        Map<String, Integer> load = new TreeMap<>(waiting);
        List<String> assigned = new ArrayList<>();
        for (String assessor : assessors) {
            String chosen = null;
            for (Map.Entry<String, Integer> reviewer : load.entrySet()) {
                if (!reviewer.getKey().equals(assessor) && (chosen == null || reviewer.getValue() < load.get(chosen))) {
                    chosen = reviewer.getKey();
                }
            }
            if (chosen != null) {
                load.merge(chosen, 1, Integer::sum);
            }
            assigned.add(chosen);
        }
        return assigned;
    }
}
