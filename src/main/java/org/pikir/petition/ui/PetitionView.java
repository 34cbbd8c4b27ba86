package org.pikir.petition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Instant;
import org.pikir.account.CurrentUser;
import org.pikir.country.CountryService;
import org.pikir.petition.Petition;
import org.pikir.petition.PetitionDetails;
import org.pikir.petition.PetitionService;
import org.pikir.petition.PetitionStatus;
import org.pikir.shared.DomainException;
import org.pikir.shared.ui.Feedback;

/**
 * One petition at a stable URL (petition/ID): the response first when there is one, progress and time left,
 * signing, the text; and the moderation or response form for the people who may use them.
 */
@Route("petition")
@AnonymousAllowed
public class PetitionView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PetitionService petitions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PetitionLabels labels;
    private long id;
    private String title = "";

    public PetitionView(PetitionService petitions, CountryService countries, CurrentUser currentUser, Clock clock) {
        this.petitions = petitions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.labels = new PetitionLabels(countries, this, getLocale());
        addClassName("pikir-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        if (parameter == null) {
            throw new NotFoundException();
        }
        this.id = parameter;
        try {
            render(petitions.details(id));
        } catch (org.pikir.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void refresh() {
        render(petitions.details(id));
    }

    private void render(PetitionDetails details) {
        removeAll();
        Petition p = details.petition();
        title = details.contentVisible() ? details.title() : getTranslation("petition.hiddenTitle");
        RouterLink back = new RouterLink(getTranslation("petition.backToList"), PetitionListView.class);
        H1 heading = new H1(title);
        heading.addClassName("pikir-user-text");
        heading.setId("petition-title");
        if (details.contentVisible()) {
            markLanguage(heading, p);
        }
        Span meta = new Span(getTranslation(
                "petition.meta",
                labels.country(p.getCountry()),
                labels.agency(p.getAgencyId()),
                details.author().label(getLocale(), country -> getTranslation("account.name.anonymous", country))));
        meta.addClassName("pikir-muted");
        Span badge = labels.badge(p.getStatus());
        badge.setId("petition-status");
        add(back, heading, new Div(badge, new Span(" "), meta));

        if (p.getStatus() == PetitionStatus.RESPONDED) {
            add(responseCard(p));
        }
        if (p.getStatus() == PetitionStatus.REJECTED) {
            add(rejectionCard(p));
        }
        if (p.getStatus() == PetitionStatus.THRESHOLD_REACHED) {
            Paragraph awaiting = new Paragraph(
                    getTranslation("petition.awaitingResponse", labels.date(p.getResponseDue(), p.getCountry())));
            awaiting.setId("petition-awaiting");
            if (details.responseOverdue()) {
                awaiting.setText(
                        getTranslation("petition.responseOverdue", labels.date(p.getResponseDue(), p.getCountry())));
                awaiting.addClassName("pikir-overdue");
            }
            add(awaiting);
        }
        if (p.getStatus() != PetitionStatus.PENDING && p.getStatus() != PetitionStatus.REJECTED) {
            add(progress(details));
        } else if (p.getStatus() == PetitionStatus.PENDING) {
            add(new Paragraph(getTranslation("petition.pendingNote")));
        }
        add(signing(details));
        if (details.contentVisible()) {
            add(section("petition.field.text", details.text(), "petition-text", p));
            add(section("petition.field.requestedAction", details.requestedAction(), "petition-action", p));
        }
        if (details.canModerate()) {
            add(new ModerationPanel(petitions, id, this::refresh));
        }
        if (details.canRespond()) {
            add(new ResponsePanel(petitions, id, this::refresh));
        }
        if (p.getStatus().isPublic()) {
            add(share());
        }
    }

    private Div responseCard(Petition p) {
        Div card = card("petition-response");
        card.add(new H2(getTranslation("petition.response.title", labels.agency(p.getAgencyId()))));
        Span decision = new Span(
                getTranslation("petition.decision." + p.getResponseDecision().name()));
        decision.getElement().getThemeList().add("badge");
        decision.setId("petition-response-decision");
        Span date = new Span(" " + labels.date(p.getRespondedAt(), p.getCountry()));
        date.addClassName("pikir-muted");
        Paragraph text = new Paragraph(p.getResponseText());
        text.addClassName("pikir-user-text");
        text.setId("petition-response-text");
        card.add(new Div(decision, date), text);
        return card;
    }

    private Div rejectionCard(Petition p) {
        Div card = card("petition-rejection");
        card.add(new H2(getTranslation("petition.rejected.title")));
        card.add(new Paragraph(
                getTranslation("petition.reason." + p.getRejectionReason().name())));
        if (p.getRejectionNote() != null) {
            Paragraph note = new Paragraph(p.getRejectionNote());
            note.addClassName("pikir-user-text");
            card.add(note);
        }
        return card;
    }

    private Div progress(PetitionDetails details) {
        Petition p = details.petition();
        Div box = new Div();
        box.setId("petition-progress");
        ProgressBar bar = new ProgressBar(0, 1, details.progress());
        Span count = new Span(getTranslation(
                "petition.progress", labels.number(details.signatures()), labels.number(p.getThreshold())));
        count.setId("petition-count");
        bar.getElement().setAttribute("aria-label", count.getText());
        count.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        String when;
        if (p.isOpenForSignatures(clock.instant())) {
            when = getTranslation("petition.daysLeft", PetitionLabels.daysLeft(clock.instant(), p.getClosesAt()))
                    + " · " + getTranslation("petition.closesOn", labels.date(p.getClosesAt(), p.getCountry()));
        } else {
            Instant closed = p.getClosedAt() != null && p.getClosedAt().isBefore(p.getClosesAt())
                    ? p.getClosedAt()
                    : p.getClosesAt();
            when = getTranslation("petition.collectionClosed", labels.date(closed, p.getCountry()));
        }
        Span time = new Span(" · " + when);
        time.addClassName("pikir-muted");
        box.add(bar, count, time);
        return box;
    }

    private Div signing(PetitionDetails details) {
        Div box = new Div();
        box.addClassName(LumoUtility.Margin.Vertical.MEDIUM);
        if (details.canSign()) {
            Button sign =
                    new Button(getTranslation("petition.sign"), e -> act(() -> petitions.sign(id), "petition.signed"));
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            sign.setId("petition-sign");
            box.add(sign);
        } else if (details.hasSigned()) {
            Span signed = new Span(getTranslation("petition.youSigned"));
            signed.setId("petition-you-signed");
            box.add(signed);
            if (details.canWithdraw()) {
                Button withdraw = new Button(
                        getTranslation("petition.withdraw"),
                        e -> act(() -> petitions.withdraw(id), "petition.withdrawn"));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                withdraw.setId("petition-withdraw");
                box.add(withdraw);
            }
        } else if (details.petition().isOpenForSignatures(clock.instant())
                && currentUser.get().isEmpty()) {
            box.add(new RouterLink(getTranslation("petition.signInToSign"), org.pikir.account.ui.LoginView.class));
        }
        return box;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Feedback.success(getTranslation(successKey));
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
        refresh();
    }

    /**
     * Tells browsers, screen readers and hyphenation the language the author wrote in (detected on submission),
     * which can differ from the interface language.
     */
    private static void markLanguage(com.vaadin.flow.component.Component userText, Petition p) {
        if (p.getLanguage() != null && p.getLanguage().isSupported()) {
            userText.getElement().setAttribute("lang", p.getLanguage().code());
        }
    }

    private Div section(String headingKey, String text, String id, Petition p) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        Paragraph body = new Paragraph(text);
        body.addClassName("pikir-user-text");
        body.setId(id);
        markLanguage(body, p);
        section.add(body);
        return section;
    }

    private Div share() {
        TextField link = new TextField(getTranslation("petition.share"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("petition-share");
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            ui.getPage().fetchCurrentURL(url -> link.setValue(url.toString()));
        }
        return new Div(link);
    }

    private static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.Margin.Vertical.MEDIUM);
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
