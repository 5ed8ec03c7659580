package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {
    private final ReportCharts charts = ReportFixtures.charts();
    private final Locale en = Locale.ENGLISH;

    private static Document parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private List<Chart> yearCharts() {
        return charts.charts(ReportFixtures.year(), en);
    }

    @Test
    void everyChartIsWellFormedXml() throws Exception {
        for (Chart c : yearCharts()) {
            assertThat(parse(c.svg()).getDocumentElement().getLocalName()).as(c.kind().key()).isEqualTo("svg");
        }
    }

    @Test
    void noChartHasAStyleAttributeOrElement() throws Exception {
        for (Chart c : yearCharts()) {
            Document d = parse(c.svg());
            assertThat(all(d, "*")).as(c.kind().key()).allSatisfy(e -> assertThat(e.hasAttribute("style")).isFalse());
            assertThat(all(d, "style")).isEmpty();
        }
    }

    @Test
    void everyChartIsAnImageNamedByItsTitleAndDescription() throws Exception {
        for (Chart c : yearCharts()) {
            Element svg = parse(c.svg()).getDocumentElement();
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            Document d = svg.getOwnerDocument();
            String[] ids = svg.getAttribute("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            Element title = all(d, "title").get(0);
            Element desc = all(d, "desc").get(0);
            assertThat(title.getAttribute("id")).isEqualTo(ids[0]);
            assertThat(desc.getAttribute("id")).isEqualTo(ids[1]);
            assertThat(title.getTextContent()).isEqualTo(c.texts().title()).isNotBlank();
            assertThat(desc.getTextContent()).contains(c.texts().description(), c.summary());
        }
    }

    @Test
    void bothAxesAreLabelled() throws Exception {
        Chart c = charts.chart(ChartKind.WEEKLY_COUNTS, Series.of(new Point("2026-11-30", "30 Nov", 3)), en);
        List<String> texts = all(parse(c.svg()), "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("Week starting", "Cramps", "30 Nov", "0", "1.5", "3");
    }

    @Test
    void emptyDataSaysSoInThePictureAndTheSummary() throws Exception {
        Series none = Series.of(new Point("2026-11-30", "30 Nov", 0), new Point("2026-12-07", "7 Dec", 0));
        Chart c = charts.chart(ChartKind.WEEKLY_COUNTS, none, en);
        assertThat(c.empty()).isTrue();
        assertThat(c.summary()).isEqualTo("No cramps were recorded in this period.");
        assertThat(all(parse(c.svg()), "text").stream().map(Element::getTextContent))
                .contains("No cramps were recorded in this period.");
        assertThat(all(parse(c.svg()), "rect")).isEmpty();
    }

    @Test
    void aBarStandsForEachPointWithHeightInProportion() throws Exception {
        Series s = Series.of(new Point("a", "A", 2), new Point("b", "B", 4), new Point("c", "C", 1));
        List<Element> bars = all(parse(charts.chart(ChartKind.WEEKLY_COUNTS, s, en).svg()), "rect");
        assertThat(bars).hasSize(3);
        double a = Double.parseDouble(bars.get(0).getAttribute("height"));
        double b = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertThat(b / a).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(bars).allSatisfy(e -> assertThat(e.getAttribute("class")).isEqualTo("chart-bar"));
    }

    @Test
    void placesAreRowsWithTheirNamesAndWidthsInProportion() throws Exception {
        Series s = Series.of(new Point("calf", "Calf", 6), new Point("thigh_back", "Back of the thigh", 3));
        Document d = parse(charts.chart(ChartKind.BY_PLACE, s, en).svg());
        List<Element> bars = all(d, "rect");
        assertThat(Double.parseDouble(bars.get(0).getAttribute("width")) / Double.parseDouble(bars.get(1).getAttribute("width")))
                .isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(all(d, "text").stream().map(Element::getTextContent)).contains("Calf", "Back of the thigh",
                "Part of the leg", "Cramps");
    }

    @Test
    void theAutomaticScaleEndsOnARoundNumberAtOrAboveTheHighestValue() {
        assertThat(SvgCharts.niceMax(52)).isEqualTo(60);
        assertThat(SvgCharts.niceMax(10)).isEqualTo(10);
        assertThat(SvgCharts.niceMax(0)).isEqualTo(1);
        assertThat(SvgCharts.niceMax(7)).isEqualTo(8);
    }

    @Test
    void painIsDrawnAsALineOnAFixedScaleOfTen() throws Exception {
        Series s = Series.of(new Point("a", "A", 5), new Point("b", "B", 10));
        Document d = parse(charts.chart(ChartKind.PAIN, s, en).svg());
        assertThat(all(d, "polyline")).hasSize(1);
        assertThat(all(d, "circle")).hasSize(2);
        assertThat(all(d, "text").stream().map(Element::getTextContent)).contains("10", "5", "0");
    }

    @Test
    void aYearOfWeeksShowsAtMostSevenLabelsUnderTheAxis() throws Exception {
        Chart weekly = yearCharts().get(0);
        assertThat(weekly.series().points()).hasSizeGreaterThan(50);
        long under = all(parse(weekly.svg()), "text").stream()
                .filter(e -> e.getAttribute("y").equals(Integer.toString(SvgCharts.HEIGHT - SvgCharts.BOTTOM + 14)))
                .count();
        assertThat(under).isBetween(1L, 7L);
    }

    @Test
    void labelsWithMarkupAreEscaped() throws Exception {
        Series s = Series.of(new Point("x", "<b>&\"'", 1));
        Document d = parse(charts.chart(ChartKind.BY_PLACE, s, en).svg());
        assertThat(all(d, "b")).isEmpty();
        assertThat(all(d, "text").stream().map(Element::getTextContent)).contains("<b>&\"'");
    }

    @Test
    void everyShapeHasAClassForTheThemeAndAPresentationColourForThePdf() throws Exception {
        Document d = parse(yearCharts().get(3).svg());
        for (String name : List.of("line", "text", "polyline", "circle")) {
            assertThat(all(d, name)).as(name).isNotEmpty().allSatisfy(e -> {
                assertThat(e.getAttribute("class")).startsWith("chart-");
                assertThat(e.hasAttribute("fill") || e.hasAttribute("stroke")).isTrue();
            });
        }
    }

    @Test
    void theSummaryNamesTheTotalAndTheBusiestWeek() {
        Series s = Series.of(new Point("2026-11-23", "23 Nov", 1), new Point("2026-11-30", "30 Nov", 4));
        assertThat(charts.chart(ChartKind.WEEKLY_COUNTS, s, en).summary())
                .isEqualTo("5 cramps in 2 weeks; the most in one week was 4, in the week of 30 Nov.");
    }

    @Test
    void theDataTableHasARowForEveryPoint() {
        Period p = new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29));
        Chart c = charts.charts(ReportFixtures.diary(p, List.of()), en).get(0);
        assertThat(c.rows()).hasSize(4).extracting(Chart.Row::label).containsExactly("2 Nov", "9 Nov", "16 Nov", "23 Nov");
    }
}
