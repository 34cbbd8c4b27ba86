package org.pikir.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for every API error that no controller answers itself: errors dispatched to {@code /error} (a
 * request the firewall rejects, an exception in a filter, a 405 or 406 from Spring MVC) and errors Tomcat reports
 * before the application sees the request (a malformed path or an invalid character), which would otherwise be
 * Spring's default JSON or Tomcat's HTML page. Pages outside {@code /api/} keep Spring Boot's handling.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfig {

    @Bean
    BasicErrorController basicErrorController(
            ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ApiAwareErrorController(
                errorAttributes, web.getError(), resolvers.orderedStream().toList());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            // Spring Boot may already have added its own (plain) valve: replace it, so one format answers
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
        });
    }

    /** Spring Boot's error controller, answering problem details for the API's paths. */
    static final class ApiAwareErrorController extends BasicErrorController {

        ApiAwareErrorController(
                ErrorAttributes errorAttributes,
                org.springframework.boot.autoconfigure.web.ErrorProperties properties,
                List<ErrorViewResolver> resolvers) {
            super(errorAttributes, properties, resolvers);
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!Problems.isApi(path)) {
                return super.error(request);
            }
            HttpStatus status = getStatus(request);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", detail(status));
            return ResponseEntity.status(status)
                    .contentType(Problems.PROBLEM_JSON)
                    .header("Cache-Control", "no-store")
                    .body(problem);
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!Problems.isApi(path)) {
                return super.errorHtml(request, response);
            }
            HttpStatus status = getStatus(request);
            try {
                write(response, status.value(), Problems.json(status.value(), detail(status)));
            } catch (IOException e) {
                // the client went away; nothing to answer
            }
            return null;
        }

        @Override
        public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            return ResponseEntity.status(status)
                    .contentType(Problems.PROBLEM_JSON)
                    .body(Problems.json(status.value(), detail(status)));
        }
    }

    /**
     * Tomcat's last resort error page: problem details for the API's paths and for requests whose path could not be
     * read, a plain text line for pages (never Tomcat's HTML with its version).
     */
    public static final class ProblemErrorReportValve extends ErrorReportValve {

        public ProblemErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            // a request refused while Tomcat parses it may have no path at all (an invalid character in the request
            // line): nobody can tell it was meant for a page, so it gets problem details too
            String raw = request.getCoyoteRequest().requestURI().toString();
            String decoded = request.getDecodedRequestURI();
            boolean unknown = (raw == null || raw.isEmpty()) && (decoded == null || decoded.isEmpty());
            boolean api = unknown || Problems.isApi(decoded) || Problems.isApi(raw);
            try {
                HttpStatus known = HttpStatus.resolve(status);
                if (api) {
                    write(response, status, Problems.json(status, detail(known)));
                } else {
                    response.setContentType("text/plain");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    Writer w = response.getReporter();
                    if (w != null) {
                        w.write(status + " " + (known == null ? "Error" : known.getReasonPhrase()) + "\n");
                        response.finishResponse();
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the response cannot be written any more
            }
        }

        private static void write(Response response, int status, String json) throws IOException {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            Writer w = response.getReporter();
            if (w != null) {
                w.write(json);
                response.finishResponse();
            }
        }
    }

    static String detail(HttpStatus status) {
        if (status == null) {
            return "the request could not be answered";
        }
        return switch (status) {
            case BAD_REQUEST -> "the request is malformed";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "the API is read-only: use GET";
            case NOT_ACCEPTABLE -> "the resource is available as JSON or CSV only";
            case TOO_MANY_REQUESTS -> "too many requests";
            default -> status.is5xxServerError() ? "the server could not answer" : status.getReasonPhrase();
        };
    }

    static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
