package org.safeguard.insight.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small numbers in equality tables: a count of 1 to 4 people in a cell can identify them, so it is not shown.
 * Where exactly one cell of a set that adds up to a known total (a table's categories) would be hidden, the next
 * smallest is hidden too, so the hidden one cannot be worked back from the total and the others. Zero is shown: it
 * names no one.
 */
public final class SmallNumbers {

    /** The fewest people a cell shows. */
    public static final int FEWEST_SHOWN = 5;

    /** What a table or figure that hides small numbers says about it. */
    public static final String NOTE = "Fewer than 5 people are not shown (nor the next smallest count, where one "
            + "alone would be), so no one can be identified.";

    private SmallNumbers() {
    }

    /** True when {@code count} people are too few to show (1 to 4). */
    public static boolean tooFew(long count) {
        return count > 0 && count < FEWEST_SHOWN;
    }

    /**
     * The counts of one set of cells as they may be shown, in the same order: null where hidden. Cells of 1 to 4
     * are hidden; if that hides exactly one cell, the smallest of the others (the first, when tied) is hidden too.
     */
    public static List<Long> shown(List<Long> counts) {
        Long[] shown = counts.toArray(new Long[0]);
        int hidden = 0;
        for (int i = 0; i < shown.length; i++) {
            if (tooFew(shown[i])) {
                shown[i] = null;
                hidden++;
            }
        }
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] != null && (smallest < 0 || shown[i] < shown[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown[smallest] = null;
            }
        }
        return new ArrayList<>(Arrays.asList(shown));
    }

    /** {@code count} as it may be shown alone (a share's numerator): null when 1 to 4. */
    public static Long shown(long count) {
        return tooFew(count) ? null : count;
    }
}
