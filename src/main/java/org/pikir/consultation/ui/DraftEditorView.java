package org.pikir.consultation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.ConsultationPermissions;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.DraftStatus;
import org.pikir.consultation.ImportPreview;
import org.pikir.consultation.PolicyArea;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;

/**
 * For officials of the drafting agency: create a draft (with text import and a preview to fix the split),
 * open the discussion with its window, close it, publish the next version, adopt or withdraw.
 */
@Route("consultations/manage/:draftId?([0-9]{1,18})")
@RolesAllowed(Roles.OFFICIAL)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
@StyleSheet("styles/consultation.css")
public class DraftEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftLawService service;
    private final ConsultationQueries queries;
    private final ConsultationPermissions permissions;
    private final Clock clock;
    private final Select<PolicyArea> area = new Select<>();
    private final TextField titleKk = new TextField();
    private final TextField titleRu = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea summaryKk = new TextArea();
    private final TextArea summaryRu = new TextArea();
    private final TextArea summaryEn = new TextArea();
    private final TextArea noteKk = new TextArea();
    private final TextArea noteRu = new TextArea();
    private final TextArea importKk = new TextArea();
    private final TextArea importRu = new TextArea();
    private final TextArea importEn = new TextArea();
    private final Paragraph importResult = new Paragraph();
    private final ArticleEditor articles = new ArticleEditor();
    private final TextField changeNote = new TextField();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private DraftDetail detail;

    public DraftEditorView(
            DraftLawService service, ConsultationQueries queries, ConsultationPermissions permissions, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.permissions = permissions;
        this.clock = clock;
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().get("draftId");
        if (id.isEmpty()) {
            if (!permissions.canDraft()) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            add(new H1(getTranslation("consultation.editor.newTitle")));
            add(form(true));
            Button save = new Button(getTranslation("consultation.editor.create"), e -> create());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("create-draft");
            add(save);
            return;
        }
        try {
            detail = queries.draft(Long.parseLong(id.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (!detail.canManage()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        renderManage();
    }

    private void renderManage() {
        removeAll();
        add(new H1(getTranslation(
                "consultation.editor.manageTitle",
                detail.title().show(ConsultationFormat.language(this)).text())));
        add(new RouterLink(
                getTranslation("consultation.editor.toDraft"),
                DraftView.class,
                new RouteParameters("draftId", String.valueOf(detail.id()))));
        Paragraph status = new Paragraph(getTranslation(
                "consultation.editor.status",
                ConsultationFormat.status(this, detail.status()),
                detail.currentVersion()));
        status.setId("editor-status");
        add(status);
        DraftStatus s = detail.status();
        if (s == DraftStatus.DRAFT || s == DraftStatus.NEW_VERSION_PUBLISHED) {
            add(openPanel());
        }
        if (s == DraftStatus.OPEN) {
            add(action(
                    "close-consultation", "consultation.editor.close", () -> service.closeConsultation(detail.id())));
        }
        if (s == DraftStatus.DRAFT || s == DraftStatus.CLOSED) {
            boolean newVersion = s == DraftStatus.CLOSED;
            add(new H2(getTranslation(
                    newVersion ? "consultation.editor.nextVersion" : "consultation.editor.editTexts",
                    detail.currentVersion() + 1)));
            add(form(!newVersion));
            fillFromCurrent();
            if (newVersion) {
                changeNote.setLabel(getTranslation("consultation.editor.changeNote"));
                changeNote.setWidthFull();
                changeNote.setMaxLength(2000);
                changeNote.setId("change-note");
                add(changeNote);
                Button publish = new Button(
                        getTranslation("consultation.editor.publish", detail.currentVersion() + 1), e -> publish());
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                publish.setId("publish-version");
                add(publish);
            } else {
                Button save = new Button(getTranslation("action.save"), e -> update());
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                save.setId("save-draft");
                add(save);
            }
        }
        Div final_ = new Div();
        final_.addClassName("consultation-filters");
        if (s.canMoveTo(DraftStatus.ADOPTED)) {
            final_.add(action("adopt-draft", "consultation.editor.adopt", () -> service.adopt(detail.id())));
        }
        if (s.canMoveTo(DraftStatus.WITHDRAWN)) {
            final_.add(action("withdraw-draft", "consultation.editor.withdraw", () -> service.withdraw(detail.id())));
        }
        add(final_);
    }

    private Div openPanel() {
        ZoneId zone = ConsultationFormat.zone(detail.country());
        opensAt.setLabel(getTranslation("consultation.editor.opensAt"));
        closesAt.setLabel(getTranslation("consultation.editor.closesAt"));
        opensAt.setLocale(getLocale());
        closesAt.setLocale(getLocale());
        opensAt.setId("opens-at");
        closesAt.setId("closes-at");
        Instant now = clock.instant().plus(Duration.ofMinutes(1));
        opensAt.setValue(now.atZone(zone).toLocalDateTime().withSecond(0).withNano(0));
        closesAt.setValue(now.plus(Duration.ofDays(30))
                .atZone(zone)
                .toLocalDateTime()
                .withSecond(0)
                .withNano(0));
        Button open = new Button(getTranslation("consultation.editor.open"), e -> {
            try {
                service.openConsultation(detail.id(), toInstant(opensAt, zone), toInstant(closesAt, zone));
                Feedback.success(getTranslation("action.saved"));
                reload();
            } catch (InvalidInputException ex) {
                Feedback.showFieldErrors(this, ex, Map.of("opensAt", opensAt, "closesAt", closesAt));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-consultation");
        Div panel = new Div(new H2(getTranslation("consultation.editor.openTitle")), opensAt, closesAt, open);
        panel.addClassName("consultation-filters");
        return panel;
    }

    private static Instant toInstant(DateTimePicker picker, ZoneId zone) {
        return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
    }

    private Button action(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Feedback.success(getTranslation("action.saved"));
                reload();
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        b.setId(id);
        return b;
    }

    private void reload() {
        detail = queries.draft(detail.id());
        renderManage();
    }

    private Div form(boolean withImport) {
        Div form = new Div();
        form.addClassName("consultation-editor");
        area.setLabel(getTranslation("consultation.filter.area"));
        area.setItems(PolicyArea.values());
        area.setItemLabelGenerator(a -> getTranslation("consultation.area." + a.name()));
        area.setId("draft-area");
        titleKk.setLabel(getTranslation("consultation.editor.titleKk"));
        titleRu.setLabel(getTranslation("consultation.editor.titleRu"));
        titleEn.setLabel(getTranslation("consultation.editor.titleEn"));
        summaryKk.setLabel(getTranslation("consultation.editor.summaryKk"));
        summaryRu.setLabel(getTranslation("consultation.editor.summaryRu"));
        summaryEn.setLabel(getTranslation("consultation.editor.summaryEn"));
        noteKk.setLabel(getTranslation("consultation.editor.noteKk"));
        noteRu.setLabel(getTranslation("consultation.editor.noteRu"));
        titleKk.setId("draft-title-kk");
        titleRu.setId("draft-title-ru");
        summaryKk.setId("draft-summary-kk");
        summaryRu.setId("draft-summary-ru");
        for (var f : List.of(titleKk, titleRu, titleEn)) {
            f.setWidthFull();
        }
        for (var f : List.of(summaryKk, summaryRu, summaryEn, noteKk, noteRu)) {
            f.setWidthFull();
        }
        form.add(area, titleKk, titleRu, titleEn, summaryKk, summaryRu, summaryEn, noteKk, noteRu);
        if (withImport) {
            form.add(importPanel());
        }
        form.add(new H2(getTranslation("consultation.editor.articles")), articles);
        return form;
    }

    private Details importPanel() {
        importKk.setLabel(getTranslation("consultation.editor.importKk"));
        importRu.setLabel(getTranslation("consultation.editor.importRu"));
        importEn.setLabel(getTranslation("consultation.editor.importEn"));
        importKk.setId("import-kk");
        importRu.setId("import-ru");
        importEn.setId("import-en");
        for (TextArea a : List.of(importKk, importRu, importEn)) {
            a.setWidthFull();
            a.setMaxHeight("14em");
        }
        Button split = new Button(getTranslation("consultation.editor.split"), e -> {
            try {
                ImportPreview preview =
                        service.importText(importKk.getValue(), importRu.getValue(), importEn.getValue());
                articles.setArticles(preview.articles());
                importResult.setText(getTranslation(
                        "consultation.editor.splitResult",
                        preview.articles().size(),
                        preview.counts().getOrDefault("kk", 0),
                        preview.counts().getOrDefault("ru", 0),
                        preview.counts().getOrDefault("en", 0),
                        preview.missing().isEmpty() ? "—" : String.join(", ", preview.missing())));
            } catch (DomainException ex) {
                Feedback.error(this, ex);
            }
        });
        split.setId("split-import");
        importResult.setId("import-result");
        Details details = new Details(
                getTranslation("consultation.editor.import"),
                new Div(
                        new Paragraph(getTranslation("consultation.editor.importHelp")),
                        importKk,
                        importRu,
                        importEn,
                        split,
                        importResult));
        details.setOpened(detail == null);
        return details;
    }

    private void fillFromCurrent() {
        area.setValue(detail.policyArea());
        titleKk.setValue(orEmpty(detail.title().kk()));
        titleRu.setValue(orEmpty(detail.title().ru()));
        titleEn.setValue(orEmpty(detail.title().en()));
        summaryKk.setValue(orEmpty(detail.summary().kk()));
        summaryRu.setValue(orEmpty(detail.summary().ru()));
        summaryEn.setValue(orEmpty(detail.summary().en()));
        noteKk.setValue(orEmpty(detail.note().kk()));
        noteRu.setValue(orEmpty(detail.note().ru()));
        articles.setArticles(detail.articles().stream()
                .map(a -> new ArticleForm(
                        a.ref(),
                        a.number(),
                        a.chapter().kk(),
                        a.chapter().ru(),
                        a.chapter().en(),
                        a.heading().kk(),
                        a.heading().ru(),
                        a.heading().en(),
                        a.text().kk(),
                        a.text().ru(),
                        a.text().en()))
                .toList());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private DraftForm formValue() {
        return new DraftForm(
                area.getValue(),
                titleKk.getValue(),
                titleRu.getValue(),
                titleEn.getValue(),
                summaryKk.getValue(),
                summaryRu.getValue(),
                summaryEn.getValue(),
                noteKk.getValue(),
                noteRu.getValue(),
                detail == null ? null : detail.note().en(),
                articles.articles());
    }

    private void create() {
        try {
            long id = service.createDraft(formValue());
            Feedback.success(getTranslation("consultation.editor.created"));
            getUI().ifPresent(ui ->
                    ui.navigate(DraftEditorView.class, new RouteParameters("draftId", String.valueOf(id))));
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields());
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private void update() {
        try {
            service.updateDraft(detail.id(), formValue());
            Feedback.success(getTranslation("action.saved"));
            reload();
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields());
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private void publish() {
        try {
            int number = service.publishNewVersion(detail.id(), formValue(), changeNote.getValue());
            Feedback.success(getTranslation("consultation.editor.published", number));
            reload();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = new HashMap<>(fields());
            fields.put("changeNote", changeNote);
            Feedback.showFieldErrors(this, e, fields);
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("policyArea", area);
        map.put("titleKk", titleKk);
        map.put("titleRu", titleRu);
        map.put("titleEn", titleEn);
        map.put("summaryKk", summaryKk);
        map.put("summaryRu", summaryRu);
        map.put("summaryEn", summaryEn);
        map.put("noteKk", noteKk);
        map.put("noteRu", noteRu);
        return map;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.editor.pageTitle");
    }
}
