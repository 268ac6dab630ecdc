package org.safeguard.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * How far dip-sample reviewers agreed with assessors in a period: the share agreeing, Cohen's kappa
 * (null when undefined), upgrades and downgrades, the same by the assessor's team, and the full table
 * of assessed against reviewed levels.
 *
 * @param matrix rows are the assessed level, columns the reviewer's, in {@link RiskLevel} order
 */
public record DipSampleReport(LocalDate from, LocalDate to, int drawn, int reviews, int agreed, Double kappa,
                              int upgrades, int downgrades, List<Team> byTeam, List<List<Integer>> matrix) {

    public DipSampleReport {
        byTeam = List.copyOf(byTeam);
        matrix = matrix.stream().map(List::copyOf).toList();
    }

    public double percentAgreed() {
        return reviews == 0 ? 0 : Math.round(1000.0 * agreed / reviews) / 10.0;
    }

    public record Team(String team, int reviews, int agreed, int upgrades) {
    }
}
