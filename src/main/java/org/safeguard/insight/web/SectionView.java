package org.safeguard.insight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.safeguard.insight.DashboardSection;
import org.springframework.web.util.UriUtils;

/** A section as a page shows it: its figures as cards, its charts drawn with their tables, and its own link. */
record SectionView(String id, String title, String summary, List<FigureCard> cards, List<ChartView> charts,
                   String href) {

    static SectionView of(DashboardSection section, String query) {
        return new SectionView(section.id(), section.title(), section.summary(),
                section.figures().stream().map(FigureCard::of).toList(),
                section.charts().stream().map(chart -> ChartView.of(chart, query)).toList(),
                InsightPages.OVERVIEW + "/" + UriUtils.encodePathSegment(section.id(), StandardCharsets.UTF_8) + query);
    }
}
