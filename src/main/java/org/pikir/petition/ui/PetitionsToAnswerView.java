package org.pikir.petition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSummary;
import org.pikir.shared.Roles;

/** Petitions to the official's agency that reached their threshold, earliest response deadline first. */
@Route("petitions/to-answer")
@Menu(title = "nav.petitionsToAnswer", order = 32, icon = "vaadin:reply")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class PetitionsToAnswerView extends Div implements HasDynamicTitle {

    public PetitionsToAnswerView(PetitionService petitions, CountryService countries, Clock clock) {
        PetitionLabels labels = new PetitionLabels(countries, this, getLocale());
        addClassName("pikir-page");
        add(new H1(getTranslation("petition.toAnswer.title")));
        Grid<PetitionSummary> grid = new Grid<>();
        grid.addColumn(PetitionSummary::title)
                .setHeader(getTranslation("petition.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> labels.number(p.signatures()))
                .setHeader(getTranslation("petition.list.signatures"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
                    Span due = new Span(labels.date(p.responseDue(), p.country()));
                    if (p.responseDue() != null && p.responseDue().isBefore(clock.instant())) {
                        due.setText(getTranslation("petition.toAnswer.overdue", due.getText()));
                        due.addClassName("pikir-overdue");
                    }
                    return due;
                })
                .setHeader(getTranslation("petition.toAnswer.due"))
                .setAutoWidth(true);
        grid.setItems(q -> petitions.toAnswer(q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("petition.toAnswer.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(PetitionView.class, e.getItem().id())));
        grid.setId("petition-to-answer-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.toAnswer.title");
    }
}
