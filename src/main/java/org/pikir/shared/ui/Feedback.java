package org.pikir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Message;

/** Shows service outcomes in the user's language: field errors next to fields, others as notifications. */
public final class Feedback {

    private Feedback() {}

    /** Translates a message with the component's locale. */
    public static String text(Component component, Message message) {
        return component.getTranslation(message.key(), message.argArray());
    }

    /** Clears earlier errors, then marks each field named in the exception; unknown fields go to a toast. */
    public static void showFieldErrors(
            Component view, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        StringBuilder unplaced = new StringBuilder();
        e.fieldErrors().forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(text(view, message));
                target.setInvalid(true);
            } else {
                unplaced.append(text(view, message)).append(' ');
            }
        });
        if (!unplaced.isEmpty()) {
            error(unplaced.toString().strip());
        }
    }

    /** Shows a domain error (any key) as an error notification. */
    public static void error(Component view, DomainException e) {
        if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
            StringBuilder text = new StringBuilder();
            invalid.fieldErrors()
                    .values()
                    .forEach(m -> text.append(text(view, m)).append(' '));
            error(text.toString().strip());
        } else {
            error(view.getTranslation(e.messageKey(), e.args()));
        }
    }

    /** Shows an error notification with already translated text. */
    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    /** Shows a success notification with already translated text. */
    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }
}
