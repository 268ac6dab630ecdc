package org.safeguard.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.safeguard.insight.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The charts drawn as SVG: one accessible image each, colours that pass contrast and never carry meaning alone. */
class ChartDrawingTests {

    @Test
    void aChartIsOneImageNamedByItsTitleAndDescribedInWords() throws Exception {
        Chart chart = line("da-incidents", "Domestic abuse incidents", List.of("Incidents"), row("2026-09", 10.0),
                row("2026-10", 12.0), row("2026-11", 9.0));

        Element svg = parse(ChartDrawing.draw(chart));

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-da-incidents-title");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo("chart-da-incidents-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Domestic abuse incidents");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("From 2026-09 to 2026-11").contains("The numbers are in the table that follows.");
        assertThat(svg.hasAttribute("style")).isFalse();
        assertThat(ChartDrawing.draw(chart, "%")).as("a percentage's axis").contains(">10%</text>");
    }

    @Test
    void textFromTheChartIsEscapedSoTheDrawingCanBeWrittenIntoThePageAsItIs() throws Exception {
        Chart chart = new Chart("by-area", "Incidents <by> area", Chart.Kind.BAR, "Area", List.of("Incidents & crimes"),
                List.of(row("<script>alert(1)</script>", 3.0), row("Bishop's Stortford", 5.0)), "\"quoted\"");

        String drawn = ChartDrawing.draw(chart);

        assertThat(drawn).doesNotContain("<script>").contains("&lt;script&gt;").contains("Bishop&#39;s Stortford")
                .contains("Incidents &lt;by&gt; area").contains("Incidents &amp; crimes");
        assertThat(parse(drawn).getElementsByTagName("text").getLength()).isPositive();
    }

    @Test
    void aFigureThatCannotBeWorkedOutBreaksTheLineInsteadOfDroppingToZero() throws Exception {
        Chart chart = line("repeat-rate", "Repeat rate", List.of("Rate"), row("2026-09", 30.0), row("2026-10", (Double) null),
                row("2026-11", 40.0));

        Element svg = parse(ChartDrawing.draw(chart));

        String line = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(line.split("M", -1)).as("two pieces of line, one per known point").hasSize(3);
        assertThat(line).doesNotContain("L");
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void twoSeriesDifferInDashAndMarkerAsWellAsColourAndHaveALegend() {
        Chart chart = line("outcomes", "Outcomes", List.of("Charge", "Caution"), row("2026-10", 5.0, 2.0),
                row("2026-11", 6.0, 3.0));

        String drawn = ChartDrawing.draw(chart);

        assertThat(drawn).contains("stroke-dasharray=\"8 4\"").contains("<circle").contains("width=\"8\" height=\"8\"")
                .contains(">Charge</text>").contains(">Caution</text>");
    }

    @Test
    void everyMarkContrastsWithThePageAndEveryTextWithWhatItIsWrittenOn() {
        ChartDrawing.SERIES.forEach(colour ->
                assertThat(ChartDrawing.contrast(colour, ChartDrawing.PAGE)).as(colour).isGreaterThanOrEqualTo(3.0));
        for (int s = 0; s < ChartDrawing.SHADES.size(); s++) {
            assertThat(ChartDrawing.contrast(ChartDrawing.SHADE_TEXT.get(s), ChartDrawing.SHADES.get(s)))
                    .as("text on shade " + s).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(ChartDrawing.contrast(ChartDrawing.SECONDARY_TEXT, ChartDrawing.PAGE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void heatMapCellsAreShadedByTheirShareOfTheBusiestAndCarryTheirNumber() throws Exception {
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        Double[] saturday = new Double[24];
        Arrays.fill(saturday, 0.0);
        saturday[22] = 1200.0;
        saturday[21] = 300.0;
        Double[] monday = new Double[24];
        Arrays.fill(monday, 1.0);
        Chart chart = new Chart("heat", "When incidents are reported", Chart.Kind.HEAT_MAP, "Day", hours,
                List.of(new Chart.Row("Monday", Arrays.asList(monday)), new Chart.Row("Saturday", Arrays.asList(saturday))),
                null);

        String drawn = ChartDrawing.draw(chart);
        parse(drawn);

        assertThat(ChartDrawing.shade(1200, 1200)).isEqualTo(4);
        assertThat(ChartDrawing.shade(300, 1200)).isEqualTo(1);
        assertThat(ChartDrawing.shade(0, 1200)).isZero();
        assertThat(drawn).contains("fill=\"" + ChartDrawing.SHADES.get(4) + "\"").contains(">1.2k</text>")
                .contains(">300</text>").contains(">Saturday</text>").contains(">23</text>").contains(">901 to 1,200</text>");
        assertThat(ChartDrawing.shadeRange(1, 1200, true)).isEqualTo("1 to 300");
        assertThat(ChartDrawing.shadeRange(1, 1, true)).as("no whole number falls in it").isNull();
        assertThat(ChartDrawing.shadeRange(4, 1, true)).isEqualTo("1");
        assertThat(ChartDrawing.shadeRange(2, 2.0, false)).isEqualTo("Up to 1");
        assertThat(count(drawn, "<rect")).isGreaterThanOrEqualTo(48);
    }

    @Test
    void barsShowTheFirstColumnWithTheirValueWrittenBeside() {
        Chart chart = new Chart("justice-outcomes", "Outcomes", Chart.Kind.BAR, "Outcome group", List.of("Crimes", "Share"),
                List.of(row("Charge or summons", 28.0, 28.0), row("Caution", 20.0, 20.0), row("Not known", (Double) null, null)),
                null);

        String drawn = ChartDrawing.draw(chart);

        assertThat(drawn).contains("Each bar shows Crimes.").contains(">28</text>").contains(">Caution</text>")
                .contains(">" + NumberText.UNKNOWN + "</text>");
        assertThat(count(drawn, "<rect")).isEqualTo(2);
    }

    @Test
    void aTableIsNotDrawnAndAChartWithNothingKnownSaysSo() {
        assertThat(ChartDrawing.draw(new Chart("by-sex", "Victims by sex", Chart.Kind.TABLE, "Sex", List.of("Victims"),
                List.of(row("Female", 10.0)), null))).isEmpty();
        assertThat(ChartDrawing.draw(line("empty", "Nothing", List.of("Incidents"), row("2026-11", (Double) null))))
                .contains("No figures for this period");
    }

    @Test
    void theAxisRunsFromZeroInRoundSteps() {
        ChartDrawing.Scale scale = ChartDrawing.Scale.of(List.of(3.0, 76.0, 41.0));

        assertThat(scale.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(ChartDrawing.Scale.of(List.of(0.0)).ticks()).containsExactly(0.0, 1.0);
        assertThat(ChartDrawing.Scale.of(List.of(1.0, 2.0)).ticks()).as("whole numbers: whole steps").containsExactly(0.0, 1.0, 2.0);
        assertThat(ChartDrawing.Scale.of(List.of(0.5, 1.0)).ticks()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(NumberText.tick(0.25)).isEqualTo("0.25");
    }

    private static Chart line(String id, String title, List<String> columns, Chart.Row... rows) {
        return new Chart(id, title, Chart.Kind.LINE, "Month", columns, List.of(rows), null);
    }

    private static Chart.Row row(String label, Double... values) {
        return new Chart.Row(label, Arrays.asList(values));
    }

    private static Element parse(String svg) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
