package org.pikir.comparison.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.pikir.comparison.Comparison;
import org.pikir.comparison.Topic;
import org.pikir.comparison.Unit;
import org.pikir.country.CountryCode;

/** Topics that recur across countries, or why they cannot be shown. */
final class TopicsSection {

    private TopicsSection() {}

    static Div of(ComparisonTexts texts, Comparison comparison) {
        Div section = new Div(new H2(texts.t("comparison.topics.title")));
        section.setId("comparison-topics");
        if (!comparison.topicsAvailable()) {
            Paragraph missing = new Paragraph(texts.t("comparison.topics.notAvailable"));
            missing.setId("comparison-topics-missing");
            missing.addClassName("pikir-muted");
            section.add(missing);
            return section;
        }
        if (comparison.topics().isEmpty()) {
            section.add(new Paragraph(texts.t("comparison.topics.none")));
            return section;
        }
        Paragraph note = new Paragraph(texts.t("comparison.topics.note"));
        note.addClassName("pikir-muted");
        section.add(note);
        Grid<Topic> grid = new Grid<>();
        grid.setId("comparison-topics-table");
        grid.addColumn(Topic::label)
                .setHeader(texts.t("comparison.topics.topic"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(Topic::countries)
                .setHeader(texts.t("comparison.topics.countries"))
                .setAutoWidth(true);
        for (CountryCode code : comparison.countries()) {
            grid.addColumn(t -> texts.cell(
                            t.items().getOrDefault(code, org.pikir.comparison.Figure.count(0)), Unit.COUNT, false))
                    .setHeader(texts.countryName(code))
                    .setAutoWidth(true);
        }
        grid.setItems(comparison.topics());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        section.add(grid);
        return section;
    }
}
