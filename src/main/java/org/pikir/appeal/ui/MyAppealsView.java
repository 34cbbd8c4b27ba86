package org.pikir.appeal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealSummary;
import org.pikir.country.CountryService;

/** The signed-in person's appeals with status, due date and days left. */
@com.vaadin.flow.component.dependency.StyleSheet("styles/appeal.css")
@Route("appeals/mine")
@Menu(title = "nav.appeal.mine", order = 21, icon = "vaadin:archive")
@PermitAll
public class MyAppealsView extends Div implements HasDynamicTitle {

    public MyAppealsView(AppealService appeals, CountryService countries) {
        addClassName("pikir-page");
        AppealText format = new AppealText(this, getLocale(), countries);
        add(new H1(getTranslation("appeal.mine.title")));
        add(new Div(new RouterLink(getTranslation("appeal.mine.new"), SubmitAppealView.class)));

        Grid<AppealSummary> grid = new Grid<>();
        grid.setId("my-appeals");
        grid.addComponentColumn(s ->
                        new RouterLink(s.number(), AppealDetailView.class, AppealConfirmationView.parameters(s.id())))
                .setHeader(getTranslation("appeal.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AppealSummary::subject)
                .setHeader(getTranslation("appeal.col.subject"))
                .setFlexGrow(2);
        grid.addColumn(s -> format.agency(s.agencyId()))
                .setHeader(getTranslation("appeal.col.agency"))
                .setFlexGrow(2);
        grid.addColumn(s -> format.enumLabel("appeal.status.", s.status()))
                .setHeader(getTranslation("appeal.col.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> format.date(s.dueAt(), s.country()))
                .setHeader(getTranslation("appeal.col.due"))
                .setAutoWidth(true);
        grid.addColumn(s -> daysLeft(s))
                .setHeader(getTranslation("appeal.col.daysLeft"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("appeal.mine.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(
                pageable -> appeals.myAppeals(pageable).getContent(), pageable -> appeals.countMyAppeals());
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        add(grid);
    }

    private String daysLeft(AppealSummary s) {
        if (!s.status().isOpen()) {
            return getTranslation("appeal.closed");
        }
        return s.overdue() ? getTranslation("appeal.overdue") : getTranslation("appeal.daysLeft", s.daysLeft());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.mine.title");
    }
}
