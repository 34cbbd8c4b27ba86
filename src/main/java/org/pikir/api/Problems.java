package org.pikir.api;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The API's one error format: RFC 9457 problem details ({@code application/problem+json}) with {@code type}
 * {@code about:blank}, the status's reason phrase as {@code title}, and a short English {@code detail} (the API is
 * for machines; translated messages are the UI's). Used by the controllers, the
 * rate-limit filter, the error controller for {@code /api/**} and the Tomcat error report valve.
 */
final class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    /**
     * The answer for a status and detail. No {@code instance}: the request path would echo whatever a client put
     * into it.
     */
    static ResponseEntity<String> entity(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(json(status.value(), detail));
    }

    /** The same document as JSON text, for code that writes the response itself (filters, Tomcat's valve). */
    static String json(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        StringBuilder out = new StringBuilder("{\"type\":\"about:blank\",\"title\":");
        quote(out, known == null ? "Error" : known.getReasonPhrase());
        out.append(",\"status\":").append(status).append(",\"detail\":");
        quote(out, detail);
        return out.append('}').toString();
    }

    /** Whether a request path belongs to the API (its errors answer problem details). */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
