package org.pikir.consultation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.ArticleChange;
import org.pikir.consultation.ConsultationQueries.ArticleEntry;
import org.pikir.consultation.ConsultationQueries.ChangeKind;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.ConsultationQueries.VersionInfo;
import org.pikir.consultation.WordDiff;
import org.pikir.shared.NotFoundException;

/** Word-level comparison of two versions of a draft, article by article, in a chosen language. */
@Route("consultations/:draftId([0-9]{1,18})/diff")
@AnonymousAllowed
@StyleSheet("styles/consultation.css")
public class DraftDiffView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationQueries queries;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Select<String> language = new Select<>();
    private final Checkbox onlyChanged = new Checkbox();
    private final Div result = new Div();
    private DraftDetail detail;

    public DraftDiffView(ConsultationQueries queries) {
        this.queries = queries;
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("draftId").orElse("0"));
        try {
            detail = queries.draft(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation(
                "consultation.diff.title",
                detail.title().show(ConsultationFormat.language(this)).text())));
        add(new RouterLink(
                getTranslation("consultation.diff.back"),
                DraftView.class,
                new RouteParameters("draftId", String.valueOf(id))));
        List<Integer> numbers =
                detail.versions().stream().map(VersionInfo::number).toList();
        from.setLabel(getTranslation("consultation.diff.from"));
        from.setItems(numbers);
        from.setItemLabelGenerator(n -> getTranslation("consultation.draft.version", n));
        from.setId("diff-from");
        to.setLabel(getTranslation("consultation.diff.to"));
        to.setItems(numbers);
        to.setItemLabelGenerator(n -> getTranslation("consultation.draft.version", n));
        to.setId("diff-to");
        int last = numbers.getLast();
        to.setValue(last);
        from.setValue(Math.max(1, last - 1));
        language.setLabel(getTranslation("consultation.diff.language"));
        language.setItems("kk", "ru", "en");
        language.setItemLabelGenerator(code -> ConsultationFormat.languageName(this, code));
        language.setValue(ConsultationFormat.language(this));
        language.setId("diff-language");
        onlyChanged.setLabel(getTranslation("consultation.diff.onlyChanged"));
        onlyChanged.setValue(true);
        Div controls = new Div(from, to, language, onlyChanged);
        controls.addClassName("consultation-filters");
        add(controls, result);
        result.setId("diff-result");
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        language.addValueChangeListener(e -> show());
        onlyChanged.addValueChangeListener(e -> show());
        show();
    }

    private void show() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<ArticleChange> changes = queries.changes(detail.id(), from.getValue(), to.getValue());
        String lang = language.getValue();
        int shown = 0;
        for (ArticleChange change : changes) {
            if (onlyChanged.getValue() && change.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            shown++;
            Div article = new Div();
            article.addClassName("consultation-article");
            ArticleEntry reference = change.after() != null ? change.after() : change.before();
            article.setId("diff-article-" + DraftView.domId(reference.number()));
            Span kind = new Span(
                    getTranslation("consultation.diff.kind." + change.kind().name()));
            kind.getElement()
                    .getThemeList()
                    .add(
                            switch (change.kind()) {
                                case ADDED -> "badge success";
                                case REMOVED -> "badge error";
                                case CHANGED -> "badge";
                                case UNCHANGED -> "badge contrast";
                            });
            String heading = reference.heading().show(lang).text();
            article.add(
                    new H3(getTranslation("consultation.article.label", reference.number(), heading)
                            .strip()),
                    kind);
            Div text = new Div();
            text.addClassNames("pikir-user-text", "consultation-text", "consultation-diff");
            text.getElement().setAttribute("lang", lang);
            String before = change.before() == null
                    ? ""
                    : orEmpty(change.before().text().get(lang));
            String after =
                    change.after() == null ? "" : orEmpty(change.after().text().get(lang));
            for (WordDiff.Segment s : WordDiff.diff(before, after)) {
                Element e = switch (s.op()) {
                    case SAME -> new Element("span");
                    case REMOVED -> new Element("del");
                    case ADDED -> new Element("ins");
                };
                e.setText(s.text());
                text.getElement().appendChild(e);
            }
            article.add(text);
            result.add(article);
        }
        if (shown == 0) {
            result.add(new Paragraph(getTranslation("consultation.diff.none")));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.diff.pageTitle");
    }
}
