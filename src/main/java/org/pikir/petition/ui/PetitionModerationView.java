package org.pikir.petition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionSummary;
import org.pikir.shared.Roles;

/** Petitions of the moderator's country waiting for approval, oldest first; a row opens the petition. */
@Route("petitions/moderation")
@Menu(title = "nav.petitionModeration", order = 31, icon = "vaadin:gavel")
@RolesAllowed(Roles.MODERATOR)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class PetitionModerationView extends Div implements HasDynamicTitle {

    public PetitionModerationView(PetitionService petitions, CountryService countries) {
        PetitionLabels labels = new PetitionLabels(countries, this, getLocale());
        addClassName("pikir-page");
        add(new H1(getTranslation("petition.moderation.queue")));
        Grid<PetitionSummary> grid = new Grid<>();
        grid.addColumn(PetitionSummary::title)
                .setHeader(getTranslation("petition.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> labels.agency(p.agencyId()))
                .setHeader(getTranslation("petition.field.agency"))
                .setFlexGrow(2);
        grid.addColumn(p -> labels.date(p.submittedAt(), p.country()))
                .setHeader(getTranslation("petition.moderation.submitted"))
                .setAutoWidth(true);
        grid.setItems(q -> petitions.moderationQueue(q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("petition.moderation.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(PetitionView.class, e.getItem().id())));
        grid.setId("petition-moderation-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.moderation.queue");
    }
}
