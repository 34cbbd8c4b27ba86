package org.pikir.consideration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.consideration.Workspace.ArticleOption;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/** Records a decision on a campaign, a topic or a comment; the caller supplies the service call. */
class DecisionDialog extends Dialog {

    private final Select<Outcome> outcome = new Select<>();
    private final TextArea reason = new TextArea();
    private final Select<String> reasonLanguage = new Select<>();
    private final MultiSelectComboBox<ArticleOption> articles = new MultiSelectComboBox<>();
    private final TextArea revisionNote = new TextArea();

    DecisionDialog(
            String target,
            boolean revision,
            List<ArticleOption> articleOptions,
            Function<DecisionForm, Long> decide,
            Runnable afterSave) {
        setHeaderTitle(getTranslation("consideration.dialog.title", ConsiderationFormat.excerpt(target, 80)));
        setId("decision-dialog");
        setWidth("min(44rem, 95vw)");
        outcome.setLabel(getTranslation("consideration.dialog.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> ConsiderationFormat.outcome(this, o));
        outcome.setId("decision-outcome");
        outcome.addValueChangeListener(
                e -> articles.setEnabled(e.getValue() != null && e.getValue().mayLinkArticles()));
        reason.setLabel(getTranslation("consideration.dialog.reason"));
        reason.setHelperText(getTranslation("consideration.dialog.reasonHelp"));
        reason.setMaxLength(ConsiderationService.MAX_REASON);
        reason.setId("decision-reason");
        reasonLanguage.setLabel(getTranslation("consideration.dialog.reasonLanguage"));
        reasonLanguage.setItems("kk", "ru", "en", "uz", "ky", "tg", "tk");
        reasonLanguage.setItemLabelGenerator(code -> ConsiderationFormat.language(this, code));
        reasonLanguage.setValue(ConsiderationFormat.uiLanguage(this));
        reasonLanguage.setId("decision-language");
        articles.setLabel(getTranslation("consideration.dialog.articles"));
        articles.setItems(articleOptions.stream().filter(a -> a.version() > 1).toList());
        articles.setItemLabelGenerator(a -> getTranslation("consideration.article.number", a.number(), a.version()));
        articles.setEnabled(false);
        articles.setId("decision-articles");
        revisionNote.setLabel(getTranslation("consideration.dialog.revisionNote"));
        revisionNote.setMaxLength(ConsiderationService.MAX_NOTE);
        revisionNote.setId("decision-revision-note");
        revisionNote.setVisible(revision);

        FormLayout form = new FormLayout(outcome, reasonLanguage, reason, articles, revisionNote);
        form.setColspan(reason, 2);
        form.setColspan(articles, 2);
        form.setColspan(revisionNote, 2);
        if (revision) {
            add(new Paragraph(getTranslation("consideration.dialog.revision")));
        }
        add(form);

        Button save = new Button(getTranslation("consideration.dialog.save"), e -> {
            try {
                decide.apply(new DecisionForm(
                        outcome.getValue(),
                        reason.getValue(),
                        reasonLanguage.getValue(),
                        articles.getValue().stream().map(ArticleOption::id).toList(),
                        revisionNote.getValue()));
                Feedback.success(getTranslation("consideration.dialog.saved"));
                close();
                afterSave.run();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(
                        this,
                        ex,
                        Map.of(
                                "outcome",
                                outcome,
                                "reason",
                                reason,
                                "reasonLanguage",
                                reasonLanguage,
                                "articles",
                                articles,
                                "revisionNote",
                                revisionNote));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("decision-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
