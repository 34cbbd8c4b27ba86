package org.pikir.consideration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationQueries.Report;
import org.pikir.consideration.ConsiderationQueries.ReportRow;
import org.pikir.consideration.ReportExport;
import org.pikir.consideration.ReportPolls;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.i18n.UiLanguage;

/** The public consideration report of a closed consultation: comment groups, decisions, reasons, changes. */
@Route("reports/:draftId([0-9]{1,18})")
@AnonymousAllowed
public class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsiderationQueries queries;
    private final ReportExport export;
    private final ReportPolls polls;
    private String title = "";

    public ReportView(ConsiderationQueries queries, ReportExport export, ReportPolls polls) {
        this.queries = queries;
        this.export = export;
        this.polls = polls;
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = Long.parseLong(event.getRouteParameters().get("draftId").orElse("0"));
        Report report;
        try {
            report = queries.report(draftId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render(report);
    }

    private void render(Report report) {
        removeAll();
        title = getTranslation("consideration.report.title", ConsiderationFormat.text(this, report.title()));
        H1 h1 = new H1(title);
        h1.setId("report-title");
        Paragraph summary =
                new Paragraph(getTranslation("consideration.report.summary", report.comments(), report.considered()));
        summary.setId("report-summary");
        add(h1, summary, downloads(report));

        Grid<ReportRow> grid = new Grid<>();
        grid.setId("report-table");
        grid.addColumn(r -> getTranslation("consideration.level." + r.level().name()))
                .setHeader(getTranslation("consideration.report.column.level"))
                .setAutoWidth(true);
        grid.addColumn(r -> ConsiderationFormat.excerpt(r.label(), 200))
                .setHeader(getTranslation("consideration.report.column.group"))
                .setFlexGrow(3);
        grid.addColumn(ReportRow::comments)
                .setHeader(getTranslation("consideration.report.column.size"))
                .setAutoWidth(true);
        grid.addColumn(r -> ConsiderationFormat.outcome(this, r.outcome())
                        + (r.revised() ? " " + getTranslation("consideration.report.revised") : ""))
                .setHeader(getTranslation("consideration.report.column.outcome"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("consideration.report.column.reason"))
                .setFlexGrow(3);
        grid.addColumn(r -> ConsiderationFormat.articles(this, r.articles()))
                .setHeader(getTranslation("consideration.report.column.articles"))
                .setAutoWidth(true);
        grid.addColumn(r -> ConsiderationFormat.date(this, r.decidedAt()))
                .setHeader(getTranslation("consideration.report.column.decidedAt"))
                .setAutoWidth(true);
        grid.setItems(report.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consideration.report.empty"));
        grid.setWidthFull();
        add(grid);
        add(pollTables(report.draftId()));
    }

    /** The consultation's public poll results, as plain tables (every cell set as text). */
    private Div pollTables(long draftId) {
        Div box = new Div();
        box.setId("report-polls");
        List<ReportPolls.Table> tables = polls.tables(draftId, UiLanguage.of(ConsiderationFormat.locale(this)));
        box.setVisible(!tables.isEmpty());
        box.add(new H2(getTranslation("consultation.poll.heading")));
        for (ReportPolls.Table t : tables) {
            box.add(new H3(t.question()), new Paragraph(t.status()));
            Element table = new Element("table");
            table.getClassList().add("pikir-report-table");
            Element head = new Element("tr");
            t.header()
                    .forEach(h -> head.appendChild(new Element("th").setText(h).setAttribute("scope", "col")));
            table.appendChild(new Element("thead").appendChild(head));
            Element body = new Element("tbody");
            for (List<String> row : t.rows()) {
                Element tr = new Element("tr");
                tr.appendChild(new Element("th").setText(row.getFirst()).setAttribute("scope", "row"));
                row.subList(1, row.size()).forEach(c -> tr.appendChild(new Element("td").setText(c)));
                body.appendChild(tr);
            }
            table.appendChild(body);
            Div wrapper = new Div();
            wrapper.addClassName("pikir-report-table-wrapper");
            wrapper.getElement().appendChild(table);
            box.add(wrapper);
        }
        box.add(new Paragraph(getTranslation("consultation.poll.suppressionNote")));
        return box;
    }

    private HorizontalLayout downloads(Report report) {
        UiLanguage language = UiLanguage.of(ConsiderationFormat.locale(this));
        String csv = export.csv(report, language);
        String name = "consideration-report-" + report.draftId() + ".csv";
        Anchor csvLink = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), name, "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("consideration.report.csv"));
        csvLink.getElement().setAttribute("download", name);
        csvLink.setId("report-csv");
        Anchor print = new Anchor(
                "/api/v1/consultations/" + report.draftId() + "/consideration-report.html?lang=" + language.code(),
                getTranslation("consideration.report.print"));
        print.setTarget("_blank");
        print.setId("report-print");
        HorizontalLayout row = new HorizontalLayout(csvLink, print);
        row.addClassName("pikir-no-print");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
