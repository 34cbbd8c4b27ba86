package org.pikir.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.pikir.notification.Notification;
import org.pikir.notification.NotificationService;
import org.pikir.shared.i18n.DateFormats;

/** The signed-in person's notifications, newest first; opening one marks it read. */
@Route("notifications")
@Menu(title = "nav.notifications", order = 80, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

    public NotificationsView(NotificationService notifications) {
        addClassName("pikir-page");
        add(new H1(getTranslation("notification.title")));
        Grid<Notification> grid = new Grid<>();
        DateTimeFormatter format = DateFormats.dateTime(getLocale(), ZoneId.of("Asia/Almaty"));
        grid.addComponentColumn(n -> {
                    Object[] args = n.args().toArray();
                    Span subject = new Span(getTranslation(n.subjectKey(), args));
                    subject.getStyle().set("font-weight", n.isRead() ? "normal" : "700");
                    Div body = new Div(getTranslation(n.bodyKey(), args));
                    body.addClassName("pikir-user-text");
                    return new Div(subject, body);
                })
                .setHeader(getTranslation("notification.column.message"))
                .setFlexGrow(3);
        grid.addColumn(n -> format.format(n.createdAt()))
                .setHeader(getTranslation("notification.column.time"))
                .setAutoWidth(true);
        grid.addComponentColumn(n -> {
                    Button open = new Button(
                            getTranslation(n.link() == null ? "notification.markRead" : "notification.open"), e -> {
                                notifications.markRead(n.id());
                                if (n.link() != null) {
                                    UI.getCurrent().navigate(n.link());
                                } else {
                                    e.getSource()
                                            .getParent()
                                            .ifPresent(
                                                    p -> grid.getDataProvider().refreshAll());
                                }
                            });
                    return open;
                })
                .setAutoWidth(true);
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(), q -> notifications.countMine());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("notification-grid");
        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-mark-all");
        add(markAll, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
