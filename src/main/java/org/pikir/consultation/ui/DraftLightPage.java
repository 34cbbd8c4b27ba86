package org.pikir.consultation.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.ConsultationQueries.ArticleEntry;
import org.pikir.consultation.ConsultationQueries.DraftDetail;
import org.pikir.consultation.Trilingual;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.springframework.stereotype.Component;

/**
 * The draft page as plain HTML: title, agency, status and discussion window, summary, contents and every
 * article's text in the reader's language (fallback marked), as the view shows them. Published drafts only,
 * whoever asks, so the page never carries what only the drafting agency may see.
 */
@Component
class DraftLightPage implements LightPage {

    private final ConsultationQueries queries;
    private final TranslationProvider translations;

    DraftLightPage(ConsultationQueries queries, TranslationProvider translations) {
        this.queries = queries;
        this.translations = translations;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(DraftView.class);
    }

    @Override
    public Optional<Content> render(RouteParameters route, UiLanguage language) {
        Optional<Long> id = route.getLong("draftId");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        DraftDetail draft;
        try {
            draft = queries.draft(id.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (!draft.status().isPublic()) {
            return Optional.empty();
        }
        Locale locale = language.locale();
        String lang = language.code();
        Element page = new Element("article").addClass("pikir-light-draft");
        String title = draft.title().show(lang).text();
        shown(page.appendElement("h1"), draft.title(), lang);
        fallbackNote(page, draft.title(), locale);
        page.appendElement("p")
                .addClass("pikir-light-meta")
                .text(String.join(
                        " · ",
                        draft.agencyName().show(lang).text(),
                        t("consultation.area." + draft.policyArea().name(), locale),
                        t("consultation.status." + draft.status().name(), locale)));
        if (draft.opensAt() != null && draft.closesAt() != null) {
            var format = DateFormats.dateTime(locale, ConsultationFormat.zone(draft.country()));
            page.appendElement("p")
                    .addClass("pikir-light-meta")
                    .text(t(
                            "consultation.draft.window",
                            locale,
                            format.format(draft.opensAt()),
                            format.format(draft.closesAt())));
        }
        if (!draft.summary().isEmpty()) {
            shown(page.appendElement("p").addClass("pikir-light-text"), draft.summary(), lang);
        }
        if (draft.articles().size() > 1) {
            Element toc = page.appendElement("nav").attr("aria-label", t("consultation.draft.toc", locale));
            toc.appendElement("h2").text(t("consultation.draft.toc", locale));
            Element list = toc.appendElement("ol");
            for (ArticleEntry a : draft.articles()) {
                list.appendElement("li")
                        .appendElement("a")
                        // The page's own address: links resolve against Vaadin's <base>, the app's root.
                        .attr("href", "consultations/" + draft.id() + "#" + anchor(a))
                        .text(label(a, lang, locale));
            }
        }
        for (ArticleEntry a : draft.articles()) {
            Element section = page.appendElement("section").id(anchor(a));
            section.appendElement("h2").text(label(a, lang, locale));
            fallbackNote(section, a.text(), locale);
            shown(section.appendElement("p").addClass("pikir-light-text"), a.text(), lang);
        }
        page.appendElement("p")
                .appendElement("a")
                .attr("href", "consultations")
                .text(t("consultation.draft.back", locale));
        return Optional.of(new Content(title, page));
    }

    private static void shown(Element element, Trilingual text, String lang) {
        Trilingual.Shown shown = text.show(lang);
        element.text(shown.text()).attr("lang", shown.language());
    }

    private void fallbackNote(Element parent, Trilingual text, Locale locale) {
        Trilingual.Shown shown = text.show(locale.getLanguage());
        if (shown.fallback()) {
            parent.appendElement("p")
                    .addClass("pikir-light-meta")
                    .text(t("consultation.fallback", locale, t("consultation.lang." + shown.language(), locale)));
        }
    }

    private String label(ArticleEntry a, String lang, Locale locale) {
        return t(
                        "consultation.article.label",
                        locale,
                        a.number(),
                        a.heading().show(lang).text())
                .strip();
    }

    /** Not the view's article ids: both are in the document until Vaadin has rendered, and ids must be unique. */
    private static String anchor(ArticleEntry a) {
        return "light-article-" + DraftView.domId(a.number());
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
