package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.insight.Chart;
import org.safeguard.insight.Period;

/** A chart's table as CSV: what a spreadsheet opens, with nothing it would run as a formula. */
class ChartCsvTests {

    private final Chart byArea = new Chart("incidents-by-area", "Incidents by area", Chart.Kind.BAR, "Area",
            List.of("Incidents", "Repeat rate"),
            List.of(new Chart.Row("Stevenage", List.of(1234.0, 31.25)),
                    new Chart.Row("=HYPERLINK(\"http://x\")", Arrays.asList(2.0, null)),
                    new Chart.Row("-Watford", List.of(0.0, 0.0))), null);

    @Test
    void aHeaderOfTheRowHeadingAndColumnsThenOneLinePerRowAndAnUnknownIsEmptyNotZero() {
        assertThat(ChartCsv.write(byArea).split("\r\n")).containsExactly(
                "\"Area\",\"Incidents\",\"Repeat rate\"",
                "\"Stevenage\",1234,31.25",
                "\"'=HYPERLINK(\"\"http://x\"\")\",2,",
                "\"'-Watford\",0,0");
    }

    @Test
    void theFileIsNamedByTheChartAndPeriod() {
        assertThat(ChartCsv.filename(byArea, new Period(Period.Kind.QUARTER, LocalDate.of(2026, 7, 1))))
                .isEqualTo("insight-incidents-by-area-2026-Q3.csv");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreOpenedWithAnApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(ChartCsv.text(formula)).startsWith("\"'");
        }
        assertThat(ChartCsv.text("Bishop's Stortford")).isEqualTo("\"Bishop's Stortford\"");
    }
}
