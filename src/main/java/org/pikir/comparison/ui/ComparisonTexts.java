package org.pikir.comparison.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pikir.comparison.Comparison;
import org.pikir.comparison.Figure;
import org.pikir.comparison.Reference;
import org.pikir.comparison.Row;
import org.pikir.comparison.Unit;
import org.pikir.country.CountryCode;

/**
 * Turns a comparison into translated, formatted text: the same cells for the grid, the CSV and the printable
 * report, so suppression ("&lt;5") can never differ between them. Screen cells use the reader's number
 * format; CSV cells use plain numbers (dot, no grouping) so spreadsheets read them in any language.
 */
final class ComparisonTexts {

    private final Component translator;
    private final Locale locale;
    private final Comparison comparison;

    ComparisonTexts(Component translator, Locale locale, Comparison comparison) {
        this.translator = translator;
        this.locale = locale;
        this.comparison = comparison;
    }

    String t(String key, Object... args) {
        return translator.getTranslation(key, args);
    }

    String date(java.time.LocalDate date) {
        return date.format(org.pikir.shared.i18n.DateFormats.date(locale));
    }

    String countryName(CountryCode code) {
        return comparison.reference(code).map(r -> r.name().in(locale)).orElse(code.name());
    }

    String label(Row row) {
        return row.argKey() == null ? t(row.labelKey()) : t(row.labelKey(), t(row.argKey()));
    }

    String section(Row row) {
        return t(row.section().labelKey());
    }

    /** Header of the comparison table: section, measure, then one column per country. */
    List<String> header() {
        List<String> header = new ArrayList<>(List.of(t("comparison.table.section"), t("comparison.table.measure")));
        comparison.countries().forEach(c -> header.add(countryName(c)));
        return header;
    }

    /** The comparison table as text rows (for CSV and the report). */
    List<List<String>> rows(boolean csv) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(section(row), label(row)));
            comparison.countries().forEach(c -> cells.add(cell(row.value(c), row.unit(), csv)));
            rows.add(cells);
        }
        return rows;
    }

    List<String> referenceHeader() {
        return List.of(
                t("comparison.reference.country"),
                t("comparison.reference.population"),
                t("comparison.reference.egdi2012"),
                t("comparison.reference.egdi2022"),
                t("comparison.reference.egdiChange"),
                t("comparison.reference.egdiChangePercent"),
                t("comparison.reference.egdiRank"),
                t("comparison.reference.epart2012"),
                t("comparison.reference.epart2022"),
                t("comparison.reference.epartChange"),
                t("comparison.reference.epartChangePercent"),
                t("comparison.reference.epartRank"),
                t("comparison.reference.internet"));
    }

    List<List<String>> referenceRows(boolean csv) {
        List<List<String>> rows = new ArrayList<>();
        for (Reference r : comparison.references()) {
            rows.add(List.of(
                    r.name().in(locale),
                    number(r.population(), Unit.COUNT, csv),
                    number(r.egdi2012().doubleValue(), Unit.INDEX, csv),
                    number(r.egdi2022().doubleValue(), Unit.INDEX, csv),
                    number(r.egdiChange().doubleValue(), Unit.CHANGE, csv),
                    signedPercent(r.egdiChangePercent(), csv),
                    number(r.egdiRank2022(), Unit.RANK, csv),
                    number(r.epart2012().doubleValue(), Unit.INDEX, csv),
                    number(r.epart2022().doubleValue(), Unit.INDEX, csv),
                    number(r.epartChange().doubleValue(), Unit.CHANGE, csv),
                    signedPercent(r.epartChangePercent(), csv),
                    number(r.epartRank2022(), Unit.RANK, csv),
                    r.internetUsersNote()));
        }
        return rows;
    }

    private String signedPercent(Figure figure, boolean csv) {
        String text = cell(figure, Unit.PERCENT, csv);
        return figure.state() == Figure.State.VALUE && figure.value() > 0 ? "+" + text : text;
    }

    /** One cell: the number, "<5", "≤ n", "not available yet" or a dash. */
    String cell(Figure figure, Unit unit, boolean csv) {
        return switch (figure.state()) {
            case VALUE -> number(figure.value(), unit, csv);
            case UPPER_BOUND ->
                csv
                        ? "<=" + number(figure.value(), unit, true)
                        : t("comparison.upperBound", number(figure.value(), unit, false));
            case SUPPRESSED -> t("comparison.suppressed");
            case NOT_AVAILABLE -> t("comparison.notAvailable");
            case NO_BASE -> t("comparison.noBase");
        };
    }

    String number(double value, Unit unit, boolean csv) {
        NumberFormat format = NumberFormat.getNumberInstance(csv ? Locale.ROOT : locale);
        format.setGroupingUsed(!csv);
        int digits = switch (unit) {
            case COUNT, RANK -> 0;
            case PERCENT, DAYS -> 1;
            case RATING -> 2;
            case RATE -> value >= 10 ? 1 : 3;
            case INDEX, CHANGE -> 4;
        };
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(unit == Unit.INDEX || unit == Unit.CHANGE ? digits : 0);
        String text = format.format(value);
        return unit == Unit.CHANGE && value > 0 ? "+" + text : text;
    }
}
