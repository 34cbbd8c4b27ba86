package org.pikir.shell;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The first request of an address no view is mapped to answers HTTP 404 (the page still shows the translated
 * "not found" view): Vaadin's bootstrap page would otherwise say 200 for any path, and a search engine, a link
 * checker or a monitor could not tell a wrong address from a page. Addresses of existing views whose record does
 * not exist (a draft id nobody has) are found out only when the view loads, after the status is sent.
 */
@Component
class UnknownRouteStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/+", "").replaceFirst("/+$", "");
            if (!routes.getNavigationRouteTarget(route).hasTarget()) {
                response.getVaadinResponse().setStatus(404);
            }
        });
    }
}
