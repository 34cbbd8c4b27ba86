package org.pikir.shared.ui.chart;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.pikir.shared.chart.ChartData;
import org.pikir.shared.chart.Csv;

/**
 * A chart with its data table beside it and a CSV download of the same numbers: the table is the
 * accessible form of the chart, the SVG image a summary for sighted readers.
 */
public class ChartPanel extends Div {

    /**
     * @param title         translated title
     * @param svg           the chart drawn by {@code SvgCharts}
     * @param data          the numbers behind it (table and CSV)
     * @param categoryHeader translated header of the category column
     * @param format        formats a value for the table and CSV; a null value is shown as {@code missingText}
     * @param missingText   text for a null value (e.g. "<5" where small counts are suppressed, or "—")
     * @param csvFileName   name of the downloaded file
     */
    public ChartPanel(
            String title,
            String svg,
            ChartData data,
            String categoryHeader,
            Function<Double, String> format,
            String missingText,
            String csvFileName) {
        addClassName("pikir-chart");
        add(new H3(title));
        if (data.categories().isEmpty()) {
            add(new Paragraph(getTranslation("chart.noData")));
            return;
        }
        Image image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("chart.alt", title));
        image.setWidthFull();
        image.getStyle().set("max-width", "720px");

        List<String> header = new ArrayList<>();
        header.add(categoryHeader);
        data.series().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(data.categories().get(c));
            for (ChartData.Series s : data.series()) {
                Double v = s.values().get(c);
                row.add(v == null ? missingText : format.apply(v));
            }
            rows.add(row);
        }
        Grid<List<String>> table = new Grid<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            table.addColumn(row -> row.get(column)).setHeader(header.get(i)).setAutoWidth(true);
        }
        table.setItems(rows);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAriaLabel(getTranslation("chart.tableOf", title));

        String csv = Csv.write(header, rows);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), csvFileName, "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("chart.downloadCsv"));
        download.getElement().setAttribute("download", csvFileName);
        download.addClassName("pikir-no-print");

        Div layout = new Div(image, table);
        layout.addClassName("pikir-chart-layout");
        add(layout, download);
    }
}
