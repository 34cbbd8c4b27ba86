package org.pikir.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A translated "page not found", also used where saying "forbidden" would reveal that something exists. */
@AnonymousAllowed
public class NotFoundView extends Div
        implements HasErrorParameter<NotFoundException>, com.vaadin.flow.router.HasDynamicTitle {

    /** Error views have no layout: without this the browser tab and screen readers get no page title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("pikir-page");
        setId("not-found");
        add(new H1(getTranslation("error.notFound.title")));
        add(new Paragraph(getTranslation("error.notFound.text")));
        add(new RouterLink(getTranslation("error.backHome"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
