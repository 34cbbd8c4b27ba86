package org.pikir.consideration;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pikir.consideration.ConsiderationQueries.LinkedArticle;
import org.pikir.consideration.ConsiderationQueries.Report;
import org.pikir.consideration.ConsiderationQueries.ReportRow;
import org.pikir.shared.chart.Csv;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.stereotype.Component;

/** The public consideration report as CSV and as a print-styled HTML document, in a chosen UI language. */
@Component
public class ReportExport {

    private final TranslationProvider translations;
    private final Clock clock;
    private final ReportPolls polls;

    ReportExport(TranslationProvider translations, Clock clock, ReportPolls polls) {
        this.translations = translations;
        this.clock = clock;
        this.polls = polls;
    }

    /** The report's table as CSV (UTF-8 with BOM; user text made formula-safe). */
    public String csv(Report report, UiLanguage language) {
        Locale locale = language.locale();
        List<String> header = List.of(
                t("consideration.report.column.level", locale),
                t("consideration.report.column.group", locale),
                t("consideration.report.column.size", locale),
                t("consideration.report.column.outcome", locale),
                t("consideration.report.column.reason", locale),
                t("consideration.report.column.articles", locale),
                t("consideration.report.column.decidedAt", locale));
        List<List<String>> rows = new ArrayList<>();
        for (ReportRow r : report.rows()) {
            rows.add(List.of(
                    t("consideration.level." + r.level().name(), locale),
                    r.label(),
                    String.valueOf(r.comments()),
                    t("consideration.outcome." + r.outcome().name(), locale),
                    r.reason() == null ? "" : r.reason(),
                    articles(r.articles(), locale),
                    r.decidedAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        }
        return Csv.write(header, rows);
    }

    /** A standalone HTML document styled for printing (every user text escaped). */
    public String html(Report report, UiLanguage language) {
        Locale locale = language.locale();
        String title = t(
                "consideration.report.title",
                locale,
                report.title().show(language.code()).text());
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\">\n<head>")
                .append("<meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.4rem}")
                .append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #999;")
                .append("padding:.35rem;vertical-align:top;text-align:left}th{background:#eee}")
                .append(".muted{color:#555;font-size:.85rem}@page{size:A4 landscape;margin:1.5cm}")
                .append("@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}")
                .append("</style></head>\n<body>\n<h1>")
                .append(esc(title))
                .append("</h1>\n<p>")
                .append(esc(t("consideration.report.summary", locale, report.comments(), report.considered())))
                .append("</p>\n");
        if (report.rows().isEmpty()) {
            h.append("<p>").append(esc(t("consideration.report.empty", locale))).append("</p>\n");
        } else {
            h.append("<table><thead><tr>");
            for (String key : List.of("level", "group", "size", "outcome", "reason", "articles", "decidedAt")) {
                h.append("<th>")
                        .append(esc(t("consideration.report.column." + key, locale)))
                        .append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            DateTimeFormatter date = date(locale);
            for (ReportRow r : report.rows()) {
                h.append("<tr><td>")
                        .append(esc(t("consideration.level." + r.level().name(), locale)))
                        .append("</td><td>")
                        .append(esc(r.label()))
                        .append("</td><td>")
                        .append(r.comments())
                        .append("</td><td>")
                        .append(esc(t("consideration.outcome." + r.outcome().name(), locale)))
                        .append(r.revised() ? " " + esc(t("consideration.report.revised", locale)) : "")
                        .append("</td><td>")
                        .append(esc(r.reason() == null ? "" : r.reason()))
                        .append("</td><td>")
                        .append(esc(articles(r.articles(), locale)))
                        .append("</td><td>")
                        .append(esc(date.format(r.decidedAt())))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        appendPolls(h, report.draftId(), language);
        h.append("<p class=\"muted\">")
                .append(esc(
                        t("consideration.report.generated", locale, date(locale).format(clock.instant()))))
                .append("</p>\n</body></html>\n");
        return h.toString();
    }

    private void appendPolls(StringBuilder h, long draftId, UiLanguage language) {
        List<ReportPolls.Table> tables = polls.tables(draftId, language);
        if (tables.isEmpty()) {
            return;
        }
        h.append("<h2>")
                .append(esc(t("consultation.poll.heading", language.locale())))
                .append("</h2>\n");
        for (ReportPolls.Table table : tables) {
            h.append("<h3>").append(esc(table.question())).append("</h3>\n<p>");
            h.append(esc(table.status())).append("</p>\n<table><thead><tr>");
            table.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (List<String> row : table.rows()) {
                h.append("<tr>");
                row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<p class=\"muted\">")
                .append(esc(t("consultation.poll.suppressionNote", language.locale())))
                .append("</p>\n");
    }

    private static DateTimeFormatter date(Locale locale) {
        return DateFormats.date(locale, ZoneOffset.UTC);
    }

    private String articles(List<LinkedArticle> articles, Locale locale) {
        return articles.stream()
                .map(a -> t("consideration.article.number", locale, a.number(), a.version()))
                .collect(Collectors.joining(", "));
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
