package org.pikir.shared.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.HasUrlParameterFormat;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.pikir.shared.i18n.UiLanguage;

/**
 * A public, read-only view whose content the server also writes as plain HTML into the first page it sends, so
 * that a slow phone shows the law's text before Vaadin's scripts have arrived, and a browser without JavaScript
 * can read it at all. The shell puts the content into the bootstrap page and hides it once Vaadin has rendered
 * the view. A feature registers one bean per view; the content must be what every anonymous visitor may read
 * there (never anything the signed-in caller alone may see: the page is the same for everyone), and user text
 * goes in through {@link Element#text(String)} only, never as HTML.
 */
public interface LightPage {

    /** The view classes this page stands in for. */
    List<Class<?>> views();

    /**
     * The public content of the view at the address's parameters, in the language, or empty when there is
     * nothing public there (an unknown or unpublished record). May throw; the page then goes without it.
     */
    Optional<Content> render(RouteParameters route, UiLanguage language);

    /** The page title and the content: an element with headings, text and plain links ({@code <a href>}). */
    record Content(String title, Element body) {}

    /** The value of a {@code HasUrlParameter<Long>} view's parameter ({@code petition/42}). */
    static Optional<Long> urlParameter(RouteParameters route) {
        return route.getLong(HasUrlParameterFormat.PARAMETER_NAME);
    }
}
