package org.pikir.appeal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.AttachmentUpload;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.appeal.PublicAnswerService.PublishedEntry;
import org.pikir.appeal.SubmittedAppeal;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryRules;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.DraftKeeper;
import org.pikir.shared.ui.Feedback;
import org.pikir.shared.ui.LimitedUpload;
import org.pikir.shell.UiPreferences;
import org.springframework.data.domain.PageRequest;

/**
 * The appeal form. Files stay in memory (this UI only) until the appeal is submitted with them. While the citizen
 * writes (after a pause), the addressed country's or agency's public answers that match are offered; "this answers
 * my question" ends the flow without sending.
 */
@Route("appeals/new")
@Menu(title = "nav.appeal.submit", order = 20, icon = "vaadin:envelope-o")
@PermitAll
public class SubmitAppealView extends Div implements HasDynamicTitle {

    static final int MAX_MB = org.pikir.appeal.AttachmentType.MAX_BYTES / (1024 * 1024);

    private final List<AttachmentUpload> files = new CopyOnWriteArrayList<>();
    /** The pause after the last keystroke before answers are looked up. */
    public static final int SUGGEST_PAUSE_MS = 800;

    private final CountryService countries;
    private final PublicAnswerService publicAnswers;
    private final Paragraph period = new Paragraph();
    private final Div suggestions = new Div();
    private String suggestedFor = "";
    private List<Long> shownIds = List.of();

    public SubmitAppealView(
            AppealService appeals,
            CountryService countries,
            AccountService accounts,
            CurrentUser currentUser,
            PublicAnswerService publicAnswers) {
        this.countries = countries;
        this.publicAnswers = publicAnswers;
        addClassName("pikir-page");
        add(new H1(getTranslation("appeal.submit.title")));
        add(new Paragraph(getTranslation("appeal.submit.intro")));
        boolean verified =
                currentUser.get().map(u -> accounts.isVerified(u.accountId())).orElse(false);
        if (!verified) {
            Paragraph notice = new Paragraph(getTranslation("appeal.submit.unverified"));
            notice.setId("appeal-unverified");
            notice.addClassName("pikir-overdue");
            add(notice);
        }

        Select<CountryCode> country = new Select<>();
        country.setLabel(getTranslation("appeal.submit.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(code ->
                countries.country(code).map(c -> c.getName().in(getLocale())).orElse(code.name()));
        country.setValue(UiPreferences.country());
        country.setId("appeal-country");

        ComboBox<Agency> agency = new ComboBox<>(getTranslation("appeal.submit.agency"));
        agency.setHelperText(getTranslation("appeal.submit.agencyHelp"));
        agency.setItemLabelGenerator(a -> a.getName().in(getLocale()));
        agency.setItems(query -> countries
                .searchAgencies(
                        country.getValue(),
                        query.getFilter().orElse(""),
                        true,
                        PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit()))
                .stream());
        agency.setId("appeal-agency");
        agency.setWidthFull();
        country.addValueChangeListener(e -> {
            agency.clear();
            agency.getDataProvider().refreshAll();
            showPeriod(e.getValue());
        });
        showPeriod(country.getValue());
        period.setId("appeal-period");
        period.addClassName("pikir-muted");

        Select<AppealType> type = new Select<>();
        type.setLabel(getTranslation("appeal.submit.type"));
        type.setItems(AppealType.values());
        type.setItemLabelGenerator(t -> getTranslation("appeal.type." + t.name()));
        type.setValue(AppealType.REQUEST);
        type.setId("appeal-type");

        TextField subject = new TextField(getTranslation("appeal.submit.subject"));
        subject.setMaxLength(200);
        subject.setWidthFull();
        subject.setId("appeal-subject");

        TextArea text = new TextArea(getTranslation("appeal.submit.text"));
        text.setMaxLength(10_000);
        text.setHelperText(getTranslation("appeal.submit.textHelp", 10_000));
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setId("appeal-text");

        // The size is enforced while the file streams in, not after it has been read: a scripted client ignores the
        // browser's limit below.
        Upload upload = new Upload(new LimitedUpload(
                org.pikir.appeal.AttachmentType.MAX_BYTES,
                () -> files.size() < org.pikir.appeal.AttachmentType.MAX_FILES,
                (name, bytes) -> files.add(new AttachmentUpload(name, bytes))));
        upload.setMaxFiles(org.pikir.appeal.AttachmentType.MAX_FILES);
        upload.setMaxFileSize(org.pikir.appeal.AttachmentType.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.addFileRejectedListener(
                e -> Feedback.error(getTranslation("appeal.submit.fileRejected", e.getFileName())));
        upload.setId("appeal-upload");
        FieldMessage attachmentsError = new FieldMessage("appeal-attachments-error");
        Div attachments = new Div(
                new Span(getTranslation("appeal.submit.attachments")),
                upload,
                new Paragraph(getTranslation(
                        "appeal.submit.attachmentsHelp", org.pikir.appeal.AttachmentType.MAX_FILES, MAX_MB)),
                attachmentsError);

        RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>(getTranslation("appeal.submit.contact"));
        contact.setItems(ContactPreference.values());
        contact.setItemLabelGenerator(c -> getTranslation("appeal.contact." + c.name()));
        contact.setValue(ContactPreference.EMAIL);
        contact.setId("appeal-contact");
        Checkbox publish = new Checkbox(getTranslation("appeal.submit.publish"));
        publish.setId("appeal-publish");

        // Subject and text are kept on the device until the appeal is registered (files cannot be: they stay
        // in this UI's memory, as before).
        DraftKeeper draft = DraftKeeper.forForm("appeal.new", "appeal-connection")
                .keep("subject", subject)
                .keep("text", text);
        Button submit = new Button(getTranslation("appeal.submit.button"), e -> {
            try {
                SubmittedAppeal ack = appeals.submit(
                        new AppealForm(
                                agency.getValue() == null
                                        ? null
                                        : agency.getValue().getId(),
                                country.getValue(),
                                type.getValue(),
                                subject.getValue(),
                                text.getValue(),
                                contact.getValue(),
                                publish.getValue(),
                                List.copyOf(files)),
                        draft.submissionId());
                draft.sent();
                files.clear();
                UI.getCurrent().navigate(AppealConfirmationView.class, AppealConfirmationView.parameters(ack.id()));
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(
                        this,
                        ex,
                        Map.of(
                                "country",
                                country,
                                "agency",
                                agency,
                                "type",
                                type,
                                "subject",
                                subject,
                                "text",
                                text,
                                "contactPreference",
                                contact,
                                "attachments",
                                attachmentsError));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("appeal-submit");
        submit.setEnabled(verified);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        draft.watch(submit);

        suggestions.setId("appeal-suggestions");
        suggestions.getElement().setAttribute("aria-live", "polite");
        suggestions.addClassName("appeal-suggestions");
        Runnable suggest =
                () -> suggest(country.getValue(), agency.getValue(), subject.getValue(), text.getValue(), () -> {
                    draft.sent();
                    subject.clear();
                    text.clear();
                    files.clear();
                });
        for (var field : List.of(subject, text)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(SUGGEST_PAUSE_MS);
        }
        subject.addValueChangeListener(e -> suggest.run());
        text.addValueChangeListener(e -> suggest.run());
        agency.addValueChangeListener(e -> suggest.run());

        FormLayout form = new FormLayout(country, type, agency, subject, text);
        form.setColspan(agency, 2);
        form.setColspan(subject, 2);
        form.setColspan(text, 2);
        add(form, suggestions, period, attachments, contact, publish, new Div(submit), draft.status());
    }

    private void suggest(CountryCode code, Agency agency, String subject, String text, Runnable clearDraft) {
        String written = (subject + "\n" + text).strip();
        String key = code + "|" + (agency == null ? "" : agency.getId()) + "|" + written;
        if (key.equals(suggestedFor)) {
            return;
        }
        suggestedFor = key;
        List<PublishedEntry> found = publicAnswers.suggest(code, agency == null ? null : agency.getId(), written);
        List<Long> ids = found.stream().map(PublishedEntry::id).toList();
        // The same answers stay as they are: no flicker for a screen reader (aria-live), and a button the citizen is
        // clicking is not replaced under the pointer.
        if (ids.equals(shownIds)) {
            return;
        }
        shownIds = ids;
        suggestions.removeAll();
        if (found.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("appeal.answers.suggested"));
        heading.setId("appeal-suggestions-heading");
        suggestions.add(heading, new Paragraph(getTranslation("appeal.answers.suggestedIntro")));
        for (PublishedEntry e : found) {
            PublicAnswerCard card = new PublicAnswerCard(e, "suggestion-");
            Button answered = new Button(getTranslation("appeal.answers.answersMine"), click -> confirm(e, clearDraft));
            answered.setId("suggestion-answered-" + e.id());
            card.add(new Div(answered));
            suggestions.add(card);
        }
    }

    private void confirm(PublishedEntry e, Runnable clearDraft) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("appeal.answers.confirmTitle"),
                getTranslation("appeal.answers.confirmText"),
                getTranslation("appeal.answers.confirmYes"),
                ok -> {
                    try {
                        publicAnswers.answeredMyQuestion(e.id());
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                        return;
                    }
                    clearDraft.run();
                    removeAll();
                    add(new H1(getTranslation("appeal.answers.doneTitle")));
                    Paragraph done = new Paragraph(getTranslation("appeal.answers.doneText"));
                    done.setId("appeal-answered-before");
                    add(done, new PublicAnswerCard(e, "answered-"));
                    add(new Div(new RouterLink(getTranslation("appeal.answers.title"), QuestionsAnswersView.class)));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("appeal.answers.confirmNo"));
        dialog.open();
    }

    private void showPeriod(CountryCode code) {
        if (code == null) {
            period.setText("");
            return;
        }
        CountryRules rules = countries.rules(code);
        String amount =
                getTranslation("appeal.unit." + rules.getAppealPeriodUnit().name(), rules.getAppealPeriod());
        period.setText(getTranslation(
                "appeal.submit.period",
                countries.country(code).map(c -> c.getName().in(getLocale())).orElse(code.name()),
                amount));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.submit.title");
    }
}
