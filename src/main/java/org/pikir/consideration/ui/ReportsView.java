package org.pikir.consideration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consultation.ConsultationQueries.DraftSummary;

/** Closed consultations with their public consideration reports (no sign-in). */
@Route("reports")
@Menu(title = "nav.consideration.reports", order = 56, icon = "vaadin:clipboard-check")
@AnonymousAllowed
public class ReportsView extends Div implements HasDynamicTitle {

    public ReportsView(ConsiderationQueries queries) {
        addClassName("pikir-page");
        add(
                new H1(getTranslation("consideration.reports.title")),
                new Paragraph(getTranslation("consideration.reports.intro")));
        Grid<DraftSummary> grid = new Grid<>();
        grid.setId("reports-list");
        grid.addComponentColumn(d -> {
                    RouterLink link = new RouterLink(
                            ConsiderationFormat.text(this, d.title()),
                            ReportView.class,
                            new RouteParameters("draftId", String.valueOf(d.id())));
                    link.setId("report-link-" + d.id());
                    return link;
                })
                .setHeader(getTranslation("consideration.list.draft"))
                .setFlexGrow(3);
        grid.addColumn(d -> ConsiderationFormat.text(this, d.agencyName()))
                .setHeader(getTranslation("consideration.dashboard.agency"))
                .setFlexGrow(2);
        grid.addColumn(DraftSummary::comments)
                .setHeader(getTranslation("consideration.list.comments"))
                .setAutoWidth(true);
        grid.addColumn(d -> ConsiderationFormat.date(this, d.closesAt()))
                .setHeader(getTranslation("consideration.reports.closedAt"))
                .setAutoWidth(true);
        grid.setItems(query -> queries.closedConsultations(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("consideration.reports.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consideration.reports.title");
    }
}
