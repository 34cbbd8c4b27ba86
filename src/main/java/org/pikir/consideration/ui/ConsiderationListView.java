package org.pikir.consideration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consultation.ConsultationQueries.DraftSummary;
import org.pikir.shared.Roles;

/** An official's entry point: the draft laws of their agency, each with its consideration workspace. */
@Route("consideration")
@Menu(title = "nav.consideration.workspace", order = 50, icon = "vaadin:scale")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class ConsiderationListView extends Div implements HasDynamicTitle {

    public ConsiderationListView(ConsiderationQueries queries) {
        addClassName("pikir-page");
        add(
                new H1(getTranslation("consideration.list.title")),
                new Paragraph(getTranslation("consideration.list.intro")));
        Grid<DraftSummary> grid = new Grid<>();
        grid.setId("consideration-drafts");
        grid.addColumn(d -> ConsiderationFormat.text(this, d.title()))
                .setHeader(getTranslation("consideration.list.draft"))
                .setFlexGrow(3);
        grid.addColumn(d -> getTranslation("consultation.status." + d.status().name()))
                .setHeader(getTranslation("consideration.list.status"))
                .setAutoWidth(true);
        grid.addColumn(DraftSummary::comments)
                .setHeader(getTranslation("consideration.list.comments"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> {
                    Button open = new Button(
                            getTranslation("consideration.list.open"),
                            e -> getUI().ifPresent(ui -> ui.navigate(
                                    WorkspaceView.class, new RouteParameters("draftId", String.valueOf(d.id())))));
                    open.setId("open-workspace-" + d.id());
                    return open;
                })
                .setAutoWidth(true);
        grid.setItems(queries.myAgencyDrafts());
        grid.setEmptyStateText(getTranslation("consideration.list.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consideration.list.title");
    }
}
