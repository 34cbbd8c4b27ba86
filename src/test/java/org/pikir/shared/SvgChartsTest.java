package org.pikir.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.pikir.shared.chart.ChartData;
import org.pikir.shared.chart.Csv;
import org.pikir.shared.chart.ScatterPoint;
import org.pikir.shared.chart.SvgCharts;
import org.w3c.dom.Document;

class SvgChartsTest {

    private static final ChartData DATA = new ChartData(
            List.of("KZ", "UZ", "<b>KG</b>"),
            List.of(
                    new ChartData.Series("Comments", Arrays.asList(120.0, 45.0, null)),
                    new ChartData.Series("Appeals & petitions", List.of(30.0, 80.0, 5.0))));

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreWellFormedSvgWithOneBarPerNonNullValueAndEscapedLabels() throws Exception {
        String svg = SvgCharts.bars(DATA, "Title with <script>");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        // 5 bars (one value is null) + the white background rect + 2 legend swatches
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 5 + 2);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;b&gt;KG&lt;/b&gt;");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Title with <script>");
    }

    @Test
    void linesLeaveGapsForMissingValues() throws Exception {
        Document doc = parse(SvgCharts.lines(DATA, "Trend"));
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(5);
    }

    @Test
    void scatterPlotsEveryPoint() throws Exception {
        Document doc = parse(SvgCharts.scatter(
                List.of(new ScatterPoint("KZ", 0.8068, 12.5), new ScatterPoint("TM", 0.1023, 0.4)),
                "E-Participation vs activity",
                "EPART 2022",
                "per 100k"));
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> new ChartData(List.of("a", "b"), List.of(new ChartData.Series("x", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvQuotesEscapesAndDefusesFormulas() {
        String csv = Csv.write(
                List.of("name", "text"),
                List.of(
                        List.of("Айгерим", "said \"no\", twice"),
                        List.of("=HYPERLINK(\"x\")", "-12"),
                        List.of("+cmd", "line\nbreak")));
        assertThat(csv)
                .startsWith("\uFEFFname,text\r\n")
                .contains("Айгерим,\"said \"\"no\"\", twice\"\r\n")
                .contains("\"'=HYPERLINK(\"\"x\"\")\",-12\r\n")
                .contains("'+cmd,\"line\nbreak\"");
    }
}
