package org.pikir.comparison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pikir.comparison.AccessAction;
import org.pikir.comparison.Comparison;
import org.pikir.comparison.ComparisonQuery;
import org.pikir.comparison.ComparisonService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/**
 * The whole comparison as one printable page: plain HTML tables (they print and copy cleanly), the charts
 * with their tables, and the notes on suppression and definitions. The browser prints it (print styles hide
 * the navigation and the download links).
 */
@Route("comparison/report")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class ComparisonReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ComparisonService service;

    public ComparisonReportView(ComparisonService service) {
        this.service = service;
        addClassNames("pikir-page", "pikir-report");
        setId("comparison-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("comparison.report.title")));
        ComparisonQuery query =
                ComparisonQuery.parse(event.getLocation().getQueryParameters().getParameters(), service.today());
        RouterLink back = new RouterLink(getTranslation("comparison.report.back"), ComparisonView.class);
        back.setQueryParameters(QueryParameters.simple(query.toParameters()));
        back.addClassName("pikir-no-print");
        Button print = new Button(
                getTranslation("comparison.report.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("comparison-print");
        Div actions = new Div(print, back);
        actions.addClassNames("pikir-no-print", "pikir-comparison-controls");
        add(actions);
        if (!query.errors().isEmpty()) {
            query.errors().values().forEach(m -> add(problem(Feedback.text(this, m))));
            return;
        }
        Comparison comparison;
        try {
            comparison = service.compare(query.from(), query.to(), query.countries(), AccessAction.REPORT);
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(m -> add(problem(Feedback.text(this, m))));
            return;
        } catch (DomainException e) {
            add(problem(getTranslation(e.messageKey(), e.args())));
            return;
        }
        render(comparison);
    }

    private void render(Comparison comparison) {
        ComparisonTexts texts = new ComparisonTexts(this, getLocale(), comparison);
        ComparisonCharts charts = new ComparisonCharts(texts, comparison);
        add(new Paragraph(
                getTranslation("comparison.period", texts.date(comparison.from()), texts.date(comparison.to()))));
        add(new Paragraph(getTranslation("comparison.report.generated", texts.date(service.today()))));
        if (!comparison.hasData()) {
            add(new Paragraph(getTranslation("comparison.noData")));
        }
        for (String note : List.of("comparison.suppressionNote", "comparison.internetNote", "comparison.definitions")) {
            Paragraph p = new Paragraph(getTranslation(note));
            p.addClassName("pikir-muted");
            add(p);
        }
        add(new H2(getTranslation("comparison.table.title")));
        add(table("comparison-report-table", texts.header(), texts.rows(false)));
        add(new H2(getTranslation("comparison.reference.title")));
        add(table("comparison-report-reference", texts.referenceHeader(), texts.referenceRows(false)));
        add(new Paragraph(getTranslation("comparison.reference.note")));
        add(charts.indices(), charts.participation(), charts.scatter());
        add(charts.decisions());
        add(charts.languages());
        comparison.trends().forEach(t -> add(charts.trend(t)));
        add(TopicsSection.of(texts, comparison));
    }

    // A plain table: every cell is set as text, never as HTML.
    private static Div table(String id, List<String> header, List<List<String>> rows) {
        Element table = new Element("table");
        table.getClassList().add("pikir-report-table");
        Element head = new Element("tr");
        header.forEach(h -> head.appendChild(new Element("th").setText(h).setAttribute("scope", "col")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(new Element("td").setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.setId(id);
        wrapper.addClassName("pikir-report-table-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Paragraph problem(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("pikir-overdue");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.report.title");
    }
}
