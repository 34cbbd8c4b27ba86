package org.pikir.shell;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.LightPage;
import org.pikir.shared.ui.LightPage.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a light, server-rendered version of the page into the HTML document Vaadin sends first: the language
 * and title of the page, plain links to the public sections, and for public read-only views (the front page and
 * the features' {@link LightPage}s: a draft law, a petition, a consideration report) their content. A slow phone
 * paints it as soon as the HTML and the style sheets have arrived, long before Vaadin's scripts, and a browser
 * without JavaScript can read and navigate the public pages. A style rule hides it as soon as Vaadin has put the
 * view into {@code #outlet} (every browser Vaadin 25 runs in supports {@code :has}); no script is involved. The
 * router moves Flow's still empty container there before the server has answered, hence {@code :not(:empty)}.
 */
@Component
class LightPageWriter implements VaadinServiceInitListener {

    static final String ID = "pikir-light";

    private static final Logger log = LoggerFactory.getLogger(LightPageWriter.class);

    private static final String CSS = """
            #pikir-light{box-sizing:border-box;max-width:46rem;margin:0 auto;padding:0 1rem 2rem;\
            font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;\
            background:#fff;overflow-wrap:anywhere}
            #pikir-light header{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;\
            padding:.75rem 0;border-bottom:1px solid #d0d0d0}
            #pikir-light .pikir-light-brand{font-weight:700;font-size:1.2rem;margin-right:.5rem}
            #pikir-light nav ul,#pikir-light header ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;\
            margin:0;padding:0}
            #pikir-light a{color:#0b57d0}
            #pikir-light h1{font-size:1.5rem;line-height:1.25;margin:1.25rem 0 .5rem}
            #pikir-light h2{font-size:1.15rem;line-height:1.3;margin:1.5rem 0 .25rem}
            #pikir-light .pikir-light-text{white-space:pre-line}
            #pikir-light .pikir-light-meta{color:#555;font-size:.9rem;margin:.25rem 0}
            #pikir-light .pikir-light-count{font-weight:600}
            #pikir-light .pikir-light-box{background:#f3f5f7;padding:.25rem 1rem;border-radius:.4rem}
            #pikir-light .pikir-light-note{color:#555;font-style:italic}
            #pikir-light .pikir-light-scroll{overflow-x:auto}
            #pikir-light table{border-collapse:collapse;font-size:.9rem}
            #pikir-light th,#pikir-light td{border:1px solid #c8c8c8;padding:.3rem .4rem;text-align:left;\
            vertical-align:top}
            body:not(:has(#outlet>:not(output):not(:empty)))>#outlet{height:auto}
            body:has(#outlet>:not(output):not(:empty))>#pikir-light{display:none}
            """;

    /** Without scripts nothing loads, so the "loading" line would never go away. */
    private static final String NOSCRIPT_CSS = "#pikir-light .pikir-light-loading{display:none}";

    private final List<LightPage> pages;
    private final UiLanguageChoice languages;
    private final TranslationProvider translations;

    LightPageWriter(List<LightPage> pages, UiLanguageChoice languages, TranslationProvider translations) {
        this.pages = List.copyOf(pages);
        this.languages = languages;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> write(response, routes));
    }

    private void write(IndexHtmlResponse response, RouteRegistry routes) {
        VaadinRequest request = response.getVaadinRequest();
        Document document = response.getDocument();
        Element outlet = document.getElementById("outlet");
        if (outlet == null) {
            return;
        }
        UiLanguage language = languages.of(request);
        Locale locale = language.locale();
        Optional<Content> content = content(UnknownRouteStatus.target(routes, request), language);

        Element html = document.selectFirst("html");
        if (html != null) {
            html.attr("lang", language.code());
        }
        content.ifPresent(c -> document.title(c.title()));
        document.head().appendElement("style").appendChild(new DataNode(CSS));
        document.head().appendElement("noscript").appendElement("style").appendChild(new DataNode(NOSCRIPT_CSS));

        Element light = new Element("div").id(ID);
        header(light.appendElement("header"), locale);
        Element main = light.appendElement("main");
        main.appendElement("p")
                .addClass("pikir-light-note")
                .addClass("pikir-light-loading")
                .text(t("light.loading", locale));
        content.ifPresent(c -> main.appendChild(c.body()));
        main.appendElement("noscript")
                .appendElement("p")
                .addClass("pikir-light-note")
                .text(t(content.isPresent() ? "light.noscript.actions" : "light.noscript.needed", locale));
        outlet.before(light);
    }

    private Optional<Content> content(NavigationRouteTarget target, UiLanguage language) {
        if (!target.hasTarget()) {
            return Optional.empty();
        }
        Class<?> view = target.getRouteTarget().getTarget();
        if (view == HomeView.class) {
            return Optional.of(home(language.locale()));
        }
        for (LightPage page : pages) {
            if (page.views().contains(view)) {
                try {
                    return page.render(target.getRouteParameters(), language);
                } catch (RuntimeException e) {
                    // The page still loads; only its light version is missing.
                    log.warn("could not write the light version of {}", view.getSimpleName(), e);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void header(Element header, Locale locale) {
        // Links are relative: Vaadin's <base> points at the application's root, with or without a context path.
        header.appendElement("a")
                .addClass("pikir-light-brand")
                .attr("href", ".")
                .text(t("shell.brand", locale));
        Element nav = header.appendElement("nav").attr("aria-label", t("shell.navigation", locale));
        Element list = nav.appendElement("ul");
        link(list, "consultations", t("nav.consultations", locale));
        link(list, "petitions", t("nav.petitions", locale));
        link(list, "reports", t("nav.consideration.reports", locale));
        link(list, "appeals/new", t("nav.appeal.submit", locale));
    }

    private static void link(Element list, String href, String text) {
        list.appendElement("li").appendElement("a").attr("href", href).text(text);
    }

    private Content home(Locale locale) {
        Element page = new Element("article").addClass("pikir-light-home");
        page.appendElement("h1").text(t("home.title", locale));
        page.appendElement("p").text(t("home.intro", locale));
        page.appendElement("h2").text(t("home.how.title", locale));
        page.appendElement("p").text(t("home.how.text", locale));
        return new Content(t("home.pageTitle", locale), page);
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
