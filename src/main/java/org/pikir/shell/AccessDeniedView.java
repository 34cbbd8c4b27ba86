package org.pikir.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A translated "access denied" for signed-in people who open a view their role does not allow. */
@AnonymousAllowed
public class AccessDeniedView extends Div
        implements HasErrorParameter<AccessDeniedException>, com.vaadin.flow.router.HasDynamicTitle {

    /** Error views have no layout: without this the browser tab and screen readers get no page title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("pikir-page");
        setId("access-denied");
        add(new H1(getTranslation("error.accessDenied.title")));
        add(new Paragraph(getTranslation("error.accessDenied.text")));
        add(new RouterLink(getTranslation("error.backHome"), HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
