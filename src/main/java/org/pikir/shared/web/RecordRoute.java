package org.pikir.shared.web;

import java.util.List;

/**
 * Views whose address names a record ({@code consultations/42}): tells the shell whether that record exists for
 * the caller, so that the first request of the address answers HTTP 404 when the view will show "not found".
 * Vaadin sends the page before the view runs, so without this a link checker, a search engine or a monitor would
 * see 200 for a draft nobody has. A feature registers one bean per group of views; the check must follow the
 * same visibility rules as the view (a hidden record answers 404 exactly like a missing one).
 */
public interface RecordRoute {

    /** The view classes whose addresses carry the record id. */
    List<Class<?>> views();

    /** The name of the route parameter holding the id (e.g. {@code draftId}). */
    String parameter();

    /** Whether the record exists for the signed-in caller (or the anonymous visitor); may throw "not found". */
    boolean exists(long id);
}
