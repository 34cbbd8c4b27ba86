package org.pikir.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.ReportedComment;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/** Reported comments of the moderator's country: hide with a stated reason, or dismiss the reports. */
@Route("consultations/moderation")
@Menu(title = "nav.consultationModeration", order = 12, icon = "vaadin:flag")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
@StyleSheet("styles/consultation.css")
public class ModerationView extends Div implements HasDynamicTitle {

    private final Grid<ReportedComment> grid = new Grid<>();

    public ModerationView(ConsultationQueries queries, CommentService comments) {
        addClassName("pikir-page");
        add(new H1(getTranslation("consultation.moderation.title")));
        TextField reason = new TextField(getTranslation("consultation.comments.hideReason"));
        reason.setWidth("30em");
        reason.setMaxLength(500);
        reason.setId("moderation-reason");
        add(reason);
        grid.addComponentColumn(r -> new RouterLink(
                        r.draftTitle().show(ConsultationFormat.language(this)).text(),
                        DraftView.class,
                        new RouteParameters("draftId", String.valueOf(r.draftId()))))
                .setHeader(getTranslation("consultation.list.draft"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span body = new Span(r.body());
                    body.addClassName("pikir-user-text");
                    return body;
                })
                .setHeader(getTranslation("consultation.moderation.comment"))
                .setFlexGrow(4);
        grid.addColumn(ReportedComment::authorName).setHeader(getTranslation("consultation.moderation.author"));
        grid.addColumn(r -> Arrays.stream(r.reasons().split(","))
                                .map(x -> getTranslation("consultation.report." + x))
                                .collect(Collectors.joining(", "))
                        + " (" + r.reports() + ")")
                .setHeader(getTranslation("consultation.moderation.reasons"));
        grid.addComponentColumn(r -> {
                    Button hide = new Button(getTranslation("consultation.comments.hide"), e -> {
                        try {
                            comments.hideComment(r.commentId(), reason.getValue());
                            reason.setInvalid(false);
                            Feedback.success(getTranslation("action.saved"));
                            grid.getDataProvider().refreshAll();
                        } catch (InvalidInputException ex) {
                            reason.setErrorMessage(Feedback.text(
                                    this, ex.fieldErrors().values().iterator().next()));
                            reason.setInvalid(true);
                        } catch (DomainException ex) {
                            Feedback.error(this, ex);
                        }
                    });
                    hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    hide.setId("moderation-hide-" + r.commentId());
                    Button dismiss = new Button(getTranslation("consultation.moderation.dismiss"), e -> {
                        comments.dismissReports(r.commentId());
                        grid.getDataProvider().refreshAll();
                    });
                    dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    return new Div(hide, dismiss);
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("consultation.moderation.empty"));
        grid.setItems(q -> queries.openReports(q.getOffset(), q.getLimit()).stream());
        grid.setId("moderation-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.moderation.title");
    }
}
