package org.pikir.consideration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pikir.consultation.PollCount;
import org.pikir.consultation.PollResults;
import org.pikir.consultation.PollService;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.stereotype.Component;

/**
 * The consultation's public poll results as plain text tables for the consideration report (screen and print),
 * with the same small-cell suppression as the draft page and the open data API.
 */
@Component
public class ReportPolls {

    private final PollService polls;
    private final TranslationProvider translations;

    ReportPolls(PollService polls, TranslationProvider translations) {
        this.polls = polls;
        this.translations = translations;
    }

    /** One poll's table: the question, a status line, the header and the rows (total first). */
    public record Table(String question, String status, List<String> header, List<List<String>> rows) {}

    /** The tables of the draft's polls whose results are public. */
    public List<Table> tables(long draftId, UiLanguage language) {
        Locale locale = language.locale();
        List<Table> tables = new ArrayList<>();
        for (PollResults r : polls.publicResults(draftId)) {
            List<String> header = new ArrayList<>();
            header.add(t("consultation.poll.residence", locale));
            header.add(t("consultation.poll.voters", locale));
            r.options().forEach(o -> header.add(o.label().show(language.code()).text()));
            List<List<String>> rows = new ArrayList<>();
            List<String> total = new ArrayList<>();
            total.add(t("consultation.poll.total", locale));
            total.add(cell(r.voters(), locale));
            r.options().forEach(o -> total.add(cell(o.votes(), locale)));
            rows.add(total);
            for (PollResults.CountryRow c : r.byResidence()) {
                List<String> row = new ArrayList<>();
                row.add(Locale.of("", c.country()).getDisplayCountry(locale));
                row.add(cell(c.voters(), locale));
                c.votes().forEach(v -> row.add(cell(v, locale)));
                rows.add(row);
            }
            tables.add(new Table(
                    r.question().show(language.code()).text(),
                    t(
                            r.closed() ? "consultation.poll.resultsFinal" : "consultation.poll.resultsLive",
                            locale,
                            cell(r.voters(), locale)),
                    header,
                    rows));
        }
        return tables;
    }

    private String cell(PollCount c, Locale locale) {
        return c.suppressed() ? t("consultation.poll.suppressed", locale) : String.format(locale, "%,d", c.value());
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
