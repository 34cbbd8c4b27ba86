package org.pikir.appeal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.appeal.PublicAnswerForm;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.appeal.PublicAnswerService.AgencyAnswer;
import org.pikir.appeal.PublicAnswerSource;
import org.pikir.appeal.PublicAnswerStatus;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/**
 * An official writes, edits, withdraws or republishes a public answer of their agency, from scratch or from a
 * campaign or topic of its appeals ({@code ?campaign=key}, {@code ?topic=key}); {@code ?id=n} edits one.
 */
@Route("appeals/answers/write")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class PublicAnswerEditView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final PublicAnswerService service;
    private final H1 title = new H1();
    private final TextArea question = new TextArea();
    private final TextArea answer = new TextArea();
    private final TextField legalBasis = new TextField();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final Span status = new Span();
    private final Button save = new Button();
    private final Button withdraw = new Button();
    private final Button republish = new Button();
    private final UnorderedList mine = new UnorderedList();
    private Long editing;
    private PublicAnswerSource source;
    private String sourceKey;

    public PublicAnswerEditView(PublicAnswerService service) {
        this.service = service;
        addClassName("pikir-page");
        title.setText(getTranslation("appeal.answers.newTitle"));
        Paragraph privacy = new Paragraph(getTranslation("appeal.answers.privacy"));
        privacy.setId("answer-privacy");
        privacy.addClassName("pikir-muted");

        question.setLabel(getTranslation("appeal.answers.question"));
        question.setHelperText(getTranslation("appeal.answers.questionHelp"));
        question.setMaxLength(1000);
        question.setWidthFull();
        question.setId("answer-question");
        answer.setLabel(getTranslation("appeal.answers.answer"));
        answer.setMaxLength(10_000);
        answer.setWidthFull();
        answer.setMinHeight("10em");
        answer.setId("answer-text");
        legalBasis.setLabel(getTranslation("appeal.answers.legalBasis"));
        legalBasis.setMaxLength(1000);
        legalBasis.setWidthFull();
        legalBasis.setId("answer-legal");
        languages.setLabel(getTranslation("appeal.answers.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(l -> getTranslation("appeal.answers.lang." + l));
        languages.setId("answer-languages");
        status.setId("answer-status");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("answer-save");
        save.addClickListener(e -> save());
        withdraw.setText(getTranslation("appeal.answers.withdraw"));
        withdraw.setId("answer-withdraw");
        withdraw.addClickListener(e -> change(true));
        republish.setText(getTranslation("appeal.answers.republish"));
        republish.setId("answer-republish");
        republish.addClickListener(e -> change(false));

        RouterLink list = new RouterLink(getTranslation("appeal.answers.title"), QuestionsAnswersView.class);
        mine.setId("answer-mine");
        add(
                title,
                privacy,
                question,
                answer,
                legalBasis,
                languages,
                new Paragraph(status),
                new HorizontalLayout(save, withdraw, republish),
                new H2(getTranslation("appeal.answers.mine")),
                mine,
                new Div(list));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        Optional<String> id = first(params, "id");
        Optional<String> campaign = first(params, "campaign");
        Optional<String> topic = first(params, "topic");
        editing = null;
        source = null;
        sourceKey = null;
        try {
            if (id.isPresent()) {
                AgencyAnswer a = service.agencyAnswer(Long.parseLong(id.get()));
                editing = a.id();
                fill(a.form());
                showStatus(a.status());
            } else if (campaign.isPresent() || topic.isPresent()) {
                PublicAnswerSource kind = campaign.isPresent() ? PublicAnswerSource.CAMPAIGN : PublicAnswerSource.TOPIC;
                fill(service.draftFrom(kind, campaign.orElseGet(topic::get)));
                showStatus(null);
            } else {
                fill(new PublicAnswerForm("", "", "", List.of(getLocale().getLanguage()), null, null));
                showStatus(null);
            }
        } catch (NumberFormatException | NotFoundException e) {
            Feedback.error(getTranslation("appeal.answers.notFound"));
            fill(new PublicAnswerForm("", "", "", List.of(), null, null));
            showStatus(null);
        }
        showMine();
    }

    private void fill(PublicAnswerForm form) {
        question.setValue(form.question() == null ? "" : form.question());
        answer.setValue(form.answer() == null ? "" : form.answer());
        legalBasis.setValue(form.legalBasis() == null ? "" : form.legalBasis());
        languages.setValue(new LinkedHashSet<>(
                form.languages().stream().filter(LANGUAGES::contains).toList()));
        source = form.source();
        sourceKey = form.sourceKey();
    }

    private void showStatus(PublicAnswerStatus current) {
        title.setText(getTranslation(editing == null ? "appeal.answers.newTitle" : "appeal.answers.editTitle"));
        save.setText(getTranslation(editing == null ? "appeal.answers.publish" : "appeal.answers.save"));
        status.setText(current == null ? "" : getTranslation("appeal.answers.status." + current.name()));
        withdraw.setVisible(current == PublicAnswerStatus.PUBLISHED);
        republish.setVisible(current == PublicAnswerStatus.WITHDRAWN);
    }

    private PublicAnswerForm form() {
        return new PublicAnswerForm(
                question.getValue(),
                answer.getValue(),
                legalBasis.getValue(),
                LANGUAGES.stream().filter(languages.getValue()::contains).toList(),
                source,
                sourceKey);
    }

    private void save() {
        try {
            if (editing == null) {
                long id = service.publish(form());
                Feedback.success(getTranslation("appeal.answers.published"));
                UI.getCurrent().navigate(PublicAnswerEditView.class, QueryParameters.of("id", String.valueOf(id)));
            } else {
                service.edit(editing, form());
                Feedback.success(getTranslation("appeal.answers.saved"));
                showMine();
            }
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(
                    this,
                    e,
                    Map.of("question", question, "answer", answer, "legalBasis", legalBasis, "languages", languages));
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private void change(boolean withdrawIt) {
        if (editing == null) {
            return;
        }
        try {
            if (withdrawIt) {
                service.withdraw(editing);
            } else {
                service.republish(editing);
            }
            showStatus(service.agencyAnswer(editing).status());
            Feedback.success(getTranslation(withdrawIt ? "appeal.answers.withdrawn" : "appeal.answers.published"));
            showMine();
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private void showMine() {
        mine.removeAll();
        List<AgencyAnswer> list = service.agencyAnswers(0, 100);
        if (list.isEmpty()) {
            mine.add(new ListItem(getTranslation("appeal.answers.noneYet")));
        }
        for (AgencyAnswer a : list) {
            RouterLink link = new RouterLink(a.question(), PublicAnswerEditView.class);
            link.setQueryParameters(QueryParameters.of("id", String.valueOf(a.id())));
            link.addClassName("pikir-user-text");
            ListItem item = new ListItem(
                    link,
                    new Span(" — "
                            + getTranslation(
                                    "appeal.answers.status." + a.status().name())));
            item.setId("answer-mine-" + a.id());
            mine.add(item);
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name))
                .flatMap(l -> l.stream().findFirst())
                .filter(s -> !s.isBlank());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "appeal.answers.newTitle" : "appeal.answers.editTitle");
    }
}
