package org.pikir.appeal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.pikir.appeal.AppealAccess;
import org.pikir.appeal.AppealDetail;
import org.pikir.appeal.AppealService;
import org.pikir.country.CountryService;
import org.pikir.shared.NotFoundException;

/** Shown right after a submission: the registration number and the due date. Only for the author. */
@Route("appeals/:id([0-9]{1,18})/submitted")
@PermitAll
public class AppealConfirmationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final AppealText format;

    public AppealConfirmationView(AppealService appeals, CountryService countries) {
        this.appeals = appeals;
        this.format = new AppealText(this, getLocale(), countries);
        addClassName("pikir-page");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppealDetail appeal;
        try {
            appeal = appeals.detail(event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new));
            if (appeal.access() != AppealAccess.AUTHOR) {
                throw new NotFoundException();
            }
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("appeal.confirm.title")));
        add(new Paragraph(getTranslation("appeal.confirm.text")));
        Paragraph number = new Paragraph(getTranslation("appeal.confirm.number", appeal.number()));
        number.setId("appeal-number");
        Paragraph due =
                new Paragraph(getTranslation("appeal.confirm.due", format.date(appeal.dueAt(), appeal.country())));
        due.setId("appeal-due");
        add(number, due);
        RouterLink open =
                new RouterLink(getTranslation("appeal.confirm.open"), AppealDetailView.class, parameters(appeal.id()));
        open.setId("appeal-open");
        add(new Div(open), new Div(new RouterLink(getTranslation("appeal.confirm.mine"), MyAppealsView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.confirm.title");
    }
}
