package org.pikir.search;

import java.time.Instant;

/**
 * One document as the search module stores it, mapped from another module's public content.
 *
 * @param groupRef documents replaced together (a draft and its articles), or null
 * @param lang     language code, or null to let the analysis module detect it
 * @param context  what the content is on (the draft of a comment or article), shown with the hit, not searched
 */
record IndexedContent(
        SearchKind kind,
        String refId,
        String groupRef,
        String country,
        String lang,
        String title,
        String context,
        String body,
        String url,
        Instant publishedAt) {

    static final int MAX_TITLE = 500;

    IndexedContent {
        title = clip(title);
        context = clip(context);
        body = body == null ? "" : body;
    }

    private static String clip(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() <= MAX_TITLE ? v : v.substring(0, MAX_TITLE - 1) + "…";
    }
}
