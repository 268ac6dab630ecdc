package org.safeguard.insight;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.Measures;
import org.safeguard.insight.rules.SmallNumbers;
import org.safeguard.insight.rules.Sums;

/** Turns readings into the charts (and the tables beside them) the section pages draw. */
final class SectionCharts {

    /** The suffix of a figure's time-series chart id: {@code da-incidents-trend}. */
    static final String TREND = "-trend";

    private SectionCharts() {
    }

    /** One LINE chart per measure over the periods, oldest first. */
    static List<Chart> trends(List<CountedMeasure> measures, List<Period> periods, List<Reading> readings) {
        return measures.stream().map(m -> trend(m.id(), m.label(), periods,
                readings.stream().map(r -> m.value().apply(r)).toList())).toList();
    }

    static Chart trend(String figureId, String label, List<Period> periods, List<Double> values) {
        List<Chart.Row> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            rows.add(new Chart.Row(periods.get(i).label(), Arrays.asList(values.get(i))));
        }
        Period last = periods.get(periods.size() - 1);
        String plural = last.kind().label().toLowerCase(Locale.UK) + "s";
        return new Chart(figureId + TREND, label + " over the last " + periods.size() + " " + plural, Chart.Kind.LINE,
                last.kind().label(), List.of(label), rows,
                label + " for each " + last.kind().label().toLowerCase(Locale.UK) + " from " + shortLabel(periods.get(0))
                        + " to " + shortLabel(last) + "; where it cannot be worked out there is a gap in the line and "
                        + "'No figure' in the table.");
    }

    /** A period as a range reads it: "2023 Q4" for a quarter (its full label is long), else its label. */
    static String shortLabel(Period period) {
        return period.kind() == Period.Kind.QUARTER
                ? period.start().getYear() + " Q" + ((period.start().getMonthValue() - 1) / 3 + 1) : period.label();
    }

    /** A BAR chart of counts by category, largest first, with each category's share of the total. */
    static Chart shares(String id, String title, String rowHeading, Map<String, Long> counts, String description) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Chart.Row> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Chart.Row(e.getKey(), Arrays.asList((double) e.getValue(),
                        Measures.percent(e.getValue(), total))))
                .toList();
        return new Chart(id, title, Chart.Kind.BAR, rowHeading, List.of("Count", "Share (%)"), rows, description);
    }

    /**
     * A TABLE of people by category in slot order, every category shown (zero included), with shares; counts of 1 to
     * 4 people, and the next smallest where one alone would be hidden, are shown as no figure ({@link SmallNumbers}).
     */
    static Chart people(String id, String title, String rowHeading, Sums people, Counter counter, int slots,
                        IntFunction<String> label, String description) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int slot = 0; slot < slots; slot++) {
            counts.merge(label.apply(slot), people.slot(counter, slot), Long::sum);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Long> shown = SmallNumbers.shown(new ArrayList<>(counts.values()));
        List<Chart.Row> rows = new ArrayList<>();
        int i = 0;
        for (String category : counts.keySet()) {
            Long count = shown.get(i++);
            rows.add(new Chart.Row(category, Arrays.asList(count == null ? null : (double) count,
                    count == null ? null : Measures.percent(count, total))));
        }
        return new Chart(id, title, Chart.Kind.TABLE, rowHeading, List.of("People", "Share (%)"), rows,
                description + " " + SmallNumbers.NOTE);
    }

    /** Counts by category in the order given (zero included), with each category's share of the total. */
    static Chart inOrder(String id, String title, Chart.Kind kind, String rowHeading, String counted,
                         Map<String, Long> counts, String description) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Chart.Row> rows = counts.entrySet().stream()
                .map(e -> new Chart.Row(e.getKey(), Arrays.asList((double) e.getValue(),
                        Measures.percent(e.getValue(), total))))
                .toList();
        return new Chart(id, title, kind, rowHeading, List.of(counted, "Share (%)"), rows, description);
    }

    /** Domestic abuse incidents by weekday (rows, Monday first) and UK hour of receipt (columns 00 to 23). */
    static Chart heatMap(Sums sums, Period period) {
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(String.format("%02d:00", hour));
        }
        List<Chart.Row> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Double> cells = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                cells.add((double) sums.slot(Counter.DA_HEAT, day.getValue() * 24 + hour));
            }
            rows.add(new Chart.Row(day.getDisplayName(TextStyle.FULL, Locale.UK), cells));
        }
        return new Chart("when-heat-map", "When domestic abuse incidents are received", Chart.Kind.HEAT_MAP, "Day",
                hours, rows, "Domestic abuse incidents received in " + period.label()
                        + " by day of the week and hour (UK time): each cell counts the incidents in that hour.");
    }

    /** Domestic abuse incidents and crimes by area, most incidents first: the hot spots. */
    static Chart byArea(Map<String, Sums> byArea, Period period) {
        List<Chart.Row> rows = byArea.entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, Sums> e) -> -e.getValue().total(Counter.DA_INCIDENTS))
                        .thenComparing(Map.Entry::getKey))
                .filter(e -> e.getValue().total(Counter.DA_INCIDENTS) > 0 || e.getValue().total(Counter.DA_CRIMES) > 0)
                .map(e -> new Chart.Row(e.getKey().isEmpty() ? "No area recorded" : e.getKey(),
                        Arrays.asList((double) e.getValue().total(Counter.DA_INCIDENTS),
                                (double) e.getValue().total(Counter.DA_CRIMES))))
                .toList();
        return new Chart("incidents-by-area", "Domestic abuse incidents by area", Chart.Kind.BAR, "Area",
                List.of("Domestic abuse incidents", "Domestic abuse crimes"), rows,
                "Domestic abuse incidents and crimes received in " + period.label()
                        + " in each area, most incidents first; the area filter does not apply to this chart.");
    }
}
