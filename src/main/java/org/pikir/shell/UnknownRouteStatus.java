package org.pikir.shell;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.web.RecordRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first request of an address no view is mapped to answers HTTP 404 (the page still shows the translated
 * "not found" view): Vaadin's bootstrap page would otherwise say 200 for any path, and a search engine, a link
 * checker or a monitor could not tell a wrong address from a page. The same holds for the address of a record
 * that does not exist for the caller ({@code consultations/999999999}): the features' {@link RecordRoute}s say
 * whether the record named in the address is there, with the same visibility rules as their views.
 */
@Component
class UnknownRouteStatus implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnknownRouteStatus.class);

    private final List<RecordRoute> records;

    UnknownRouteStatus(List<RecordRoute> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            NavigationRouteTarget target = target(routes, response.getVaadinRequest());
            if (!target.hasTarget() || !recordExists(target)) {
                response.getVaadinResponse().setStatus(404);
            }
        });
    }

    /** The view (and its parameters) the request's address is mapped to, if any. */
    static NavigationRouteTarget target(RouteRegistry routes, VaadinRequest request) {
        String path = request.getPathInfo();
        String route = path == null ? "" : path.replaceFirst("^/+", "").replaceFirst("/+$", "");
        return routes.getNavigationRouteTarget(route);
    }

    private boolean recordExists(NavigationRouteTarget target) {
        Class<?> view = target.getRouteTarget().getTarget();
        for (RecordRoute record : records) {
            if (!record.views().contains(view)) {
                continue;
            }
            Optional<Long> id = target.getRouteParameters().getLong(record.parameter());
            if (id.isEmpty()) {
                continue;
            }
            try {
                return record.exists(id.get());
            } catch (NotFoundException e) {
                return false;
            } catch (RuntimeException e) {
                // The view will report its own failure; the status stays as Vaadin sends it.
                log.debug("could not check the record of {}", view.getSimpleName(), e);
                return true;
            }
        }
        return true;
    }
}
