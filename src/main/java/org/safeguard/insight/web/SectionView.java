package org.safeguard.insight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.insight.DashboardSection;
import org.safeguard.insight.Figure;
import org.springframework.web.util.UriUtils;

/** A section as a page shows it: its figures as cards, its charts drawn with their tables, and its own link. */
record SectionView(String id, String title, String summary, List<FigureCard> cards, List<ChartView> charts,
                   String href) {

    /** The suffix the measures give a figure's time series: {@code da-incidents-trend}. */
    private static final String TREND = "-trend";

    static SectionView of(DashboardSection section, String query) {
        Set<String> percentages = section.figures().stream().filter(f -> f.unit() == Figure.Unit.PERCENT)
                .map(f -> f.id() + TREND).collect(Collectors.toSet());
        return new SectionView(section.id(), section.title(), section.summary(),
                section.figures().stream().map(FigureCard::of).toList(),
                section.charts().stream().map(chart -> ChartView.of(chart, query, percentages.contains(chart.id()))).toList(),
                InsightPages.OVERVIEW + "/" + UriUtils.encodePathSegment(section.id(), StandardCharsets.UTF_8) + query);
    }
}
