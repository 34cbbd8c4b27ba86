package org.pikir.comparison.ui;

import java.util.ArrayList;
import java.util.List;
import org.pikir.comparison.Comparison;
import org.pikir.comparison.Figure;
import org.pikir.comparison.Reference;
import org.pikir.comparison.Row;
import org.pikir.comparison.Trend;
import org.pikir.comparison.Unit;
import org.pikir.country.CountryCode;
import org.pikir.shared.chart.ChartData;
import org.pikir.shared.chart.ScatterPoint;
import org.pikir.shared.chart.SvgCharts;
import org.pikir.shared.ui.chart.ChartPanel;

/**
 * The comparison's charts, each with its data table and CSV (shared {@link ChartPanel}). Suppressed cells are
 * gaps in the chart and "&lt;5" in its table and CSV.
 */
final class ComparisonCharts {

    private static final List<String> CITIZEN_ACTIVITIES = List.of("comments", "appeals", "petitions", "signatures");

    private final ComparisonTexts texts;
    private final Comparison comparison;
    private final String fileSuffix;

    ComparisonCharts(ComparisonTexts texts, Comparison comparison) {
        this.texts = texts;
        this.comparison = comparison;
        this.fileSuffix = comparison.from() + "_" + comparison.to() + ".csv";
    }

    /** Citizen actions per 100,000 population, one bar per activity. */
    ChartPanel participation() {
        List<ChartData.Series> series = new ArrayList<>();
        for (String activity : CITIZEN_ACTIVITIES) {
            series.add(series(
                    comparison.row(activity + "_per_100k_population").orElseThrow(),
                    texts.t("comparison.activity." + activity)));
        }
        ChartData data = new ChartData(countryNames(), series);
        String title = texts.t("comparison.chart.participation");
        return panel(
                title,
                SvgCharts.bars(data, title),
                data,
                texts.t("comparison.chart.country"),
                Unit.RATE,
                "participation-per-100k-");
    }

    /** UN E-Participation index 2022 against observed citizen actions per 100,000 population. */
    ChartPanel scatter() {
        Row observed = comparison.row("all_per_100k_population").orElseThrow();
        List<ScatterPoint> points = new ArrayList<>();
        List<Double> epart = new ArrayList<>();
        List<Double> actions = new ArrayList<>();
        for (CountryCode code : comparison.countries()) {
            Reference reference = comparison.reference(code).orElseThrow();
            Double y = observed.value(code).chartValue();
            epart.add(reference.epart2022().doubleValue());
            actions.add(y);
            if (y != null) {
                points.add(new ScatterPoint(
                        texts.countryName(code), reference.epart2022().doubleValue(), y));
            }
        }
        ChartData data = new ChartData(
                countryNames(),
                List.of(
                        new ChartData.Series(texts.t("comparison.chart.scatterX"), epart),
                        new ChartData.Series(texts.t("comparison.chart.scatterY"), actions)));
        String title = texts.t("comparison.chart.scatter");
        return panel(
                title,
                SvgCharts.scatter(
                        points, title, texts.t("comparison.chart.scatterX"), texts.t("comparison.chart.scatterY")),
                data,
                texts.t("comparison.chart.country"),
                Unit.INDEX,
                "epart-vs-participation-");
    }

    /** EGDI and E-Participation 2012 and 2022 side by side. */
    ChartPanel indices() {
        List<Double> egdi2012 = new ArrayList<>();
        List<Double> egdi2022 = new ArrayList<>();
        List<Double> epart2012 = new ArrayList<>();
        List<Double> epart2022 = new ArrayList<>();
        for (Reference r : comparison.references()) {
            egdi2012.add(r.egdi2012().doubleValue());
            egdi2022.add(r.egdi2022().doubleValue());
            epart2012.add(r.epart2012().doubleValue());
            epart2022.add(r.epart2022().doubleValue());
        }
        ChartData data = new ChartData(
                countryNames(),
                List.of(
                        new ChartData.Series(texts.t("comparison.reference.egdi2012"), egdi2012),
                        new ChartData.Series(texts.t("comparison.reference.egdi2022"), egdi2022),
                        new ChartData.Series(texts.t("comparison.reference.epart2012"), epart2012),
                        new ChartData.Series(texts.t("comparison.reference.epart2022"), epart2022)));
        String title = texts.t("comparison.chart.indices");
        return panel(
                title,
                SvgCharts.bars(data, title),
                data,
                texts.t("comparison.chart.country"),
                Unit.INDEX,
                "un-indices-");
    }

    /** Shares of outcomes among considered comments. */
    ChartPanel decisions() {
        return shares("decision_", texts.t("comparison.chart.decisions"), "decisions-");
    }

    /** Shares of languages among comments and appeals. */
    ChartPanel languages() {
        return shares("language_", texts.t("comparison.chart.languages"), "languages-");
    }

    /** One kind of participation per month, one line per country. */
    ChartPanel trend(Trend trend) {
        List<String> months = comparison.months().stream().map(Object::toString).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (CountryCode code : comparison.countries()) {
            series.add(new ChartData.Series(
                    texts.countryName(code),
                    trend.values().get(code).stream().map(Figure::chartValue).toList()));
        }
        ChartData data = new ChartData(months, series);
        String title = texts.t("comparison.chart.trend", texts.t(trend.labelKey()));
        return panel(
                title,
                SvgCharts.lines(data, title),
                data,
                texts.t("comparison.chart.month"),
                Unit.COUNT,
                "trend-" + trend.id() + "-");
    }

    private ChartPanel shares(String prefix, String title, String file) {
        List<ChartData.Series> series = new ArrayList<>();
        comparison.rows().stream()
                .filter(r -> r.id().startsWith(prefix))
                .forEach(r -> series.add(series(r, texts.t(r.argKey()))));
        ChartData data = new ChartData(countryNames(), series);
        return panel(title, SvgCharts.bars(data, title), data, texts.t("comparison.chart.country"), Unit.PERCENT, file);
    }

    private ChartData.Series series(Row row, String name) {
        return new ChartData.Series(
                name,
                comparison.countries().stream()
                        .map(c -> row.value(c).chartValue())
                        .toList());
    }

    private List<String> countryNames() {
        return comparison.countries().stream().map(texts::countryName).toList();
    }

    // A null value in these charts is always a suppressed cell: not-available measures get no chart at all.
    private ChartPanel panel(String title, String svg, ChartData data, String categoryHeader, Unit unit, String file) {
        return new ChartPanel(
                title,
                svg,
                data,
                categoryHeader,
                v -> texts.number(v, unit, true),
                texts.t("comparison.suppressed"),
                "pikir-" + file + fileSuffix);
    }
}
