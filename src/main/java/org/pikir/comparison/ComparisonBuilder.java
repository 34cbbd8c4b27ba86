package org.pikir.comparison;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pikir.consideration.Outcome;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.springframework.stereotype.Component;

/**
 * Turns the raw counts of the source query classes into suppressed figures, one row per measure. Plain
 * arithmetic on numbers already read; every division guards its denominator.
 */
@Component
class ComparisonBuilder {

    /** Languages shown separately in the language mix; everything else is "other". */
    static final List<String> LANGUAGES = List.of("kk", "ru", "uz", "ky", "tg", "tk", "en", "other");

    private static final Pattern LOWER_BOUND = Pattern.compile(">\\s*(\\d+(?:[.,]\\d+)?)\\s*%");

    private final ConsultationFigures consultations;
    private final AppealFigures appeals;
    private final PetitionFigures petitions;
    private final ConsiderationFigures consideration;
    private final TopicFigures topics;

    ComparisonBuilder(
            ConsultationFigures consultations,
            AppealFigures appeals,
            PetitionFigures petitions,
            ConsiderationFigures consideration,
            TopicFigures topics) {
        this.topics = topics;
        this.consultations = consultations;
        this.appeals = appeals;
        this.petitions = petitions;
        this.consideration = consideration;
    }

    Comparison build(LocalDate from, LocalDate to, List<Country> countries) {
        List<CountryCode> codes = countries.stream().map(Country::getCode).toList();
        Map<String, Map<CountryCode, Long>> activity = new LinkedHashMap<>();
        activity.put("consultations", consultations.consultationsHeld(from, to));
        activity.put("comments", consultations.comments(from, to));
        activity.put("appeals", appeals.appeals(from, to));
        activity.put("petitions", petitions.petitions(from, to));
        activity.put("signatures", petitions.signatures(from, to));
        Map<CountryCode, Long> all = new EnumMap<>(CountryCode.class);
        for (String citizen : List.of("comments", "appeals", "petitions", "signatures")) {
            activity.get(citizen).forEach((code, n) -> all.merge(code, n, Long::sum));
        }
        activity.put("all", all);
        boolean hasData =
                activity.values().stream().anyMatch(m -> codes.stream().anyMatch(c -> m.getOrDefault(c, 0L) > 0));

        List<Row> rows = new ArrayList<>();
        participationRows(rows, activity, countries);
        considerationRows(rows, consideration.considered(from, to, countries), codes);
        appealRows(rows, appeals.answers(from, to), appeals.ratings(from, to), codes);
        petitionRows(rows, petitions.responses(from, to), codes);
        languageRows(rows, consultations.commentLanguages(from, to), appeals.languages(from, to), codes);

        List<YearMonth> months = months(from, to);
        List<Trend> trends = trends(from, to, months, codes);
        List<Reference> references =
                countries.stream().map(ComparisonBuilder::reference).toList();
        boolean topicsAvailable = topics.available();
        return new Comparison(
                from,
                to,
                codes,
                rows,
                references,
                hasData,
                topicsAvailable,
                months,
                trends,
                topicsAvailable ? topics.recurring(from, to, codes) : List.of());
    }

    private void participationRows(
            List<Row> rows, Map<String, Map<CountryCode, Long>> activity, List<Country> countries) {
        activity.forEach((id, counts) -> {
            String label = "comparison.activity." + id;
            rows.add(row(
                    id,
                    Section.PARTICIPATION,
                    label,
                    null,
                    Unit.COUNT,
                    countries,
                    c -> Figure.count(counts.getOrDefault(c.getCode(), 0L))));
            rows.add(row(
                    id + "_per_100k_population",
                    Section.PARTICIPATION,
                    "comparison.row.perPopulation",
                    label,
                    Unit.RATE,
                    countries,
                    c -> Figure.per100k(
                            counts.getOrDefault(c.getCode(), 0L), new Figure.Base(c.getPopulation(), false))));
            rows.add(row(
                    id + "_per_100k_internet_users",
                    Section.PARTICIPATION,
                    "comparison.row.perInternetUsers",
                    label,
                    Unit.RATE,
                    countries,
                    c -> Figure.per100k(counts.getOrDefault(c.getCode(), 0L), internetUsers(c))));
        });
    }

    private void considerationRows(
            List<Row> rows, Map<CountryCode, ConsiderationFigures.Considered> considered, List<CountryCode> codes) {
        ConsiderationFigures.Considered none = new ConsiderationFigures.Considered(0, Map.of());
        rows.add(row(
                "comments_considered",
                Section.CONSIDERATION,
                "comparison.row.commentsConsidered",
                null,
                Unit.COUNT,
                codes,
                c -> Figure.count(considered.getOrDefault(c, none).considered())));
        rows.add(row(
                "share_considered",
                Section.CONSIDERATION,
                "comparison.row.shareConsidered",
                null,
                Unit.PERCENT,
                codes,
                c -> Figure.percent(
                        considered.getOrDefault(c, none).considered(),
                        considered.getOrDefault(c, none).comments())));
        for (Outcome outcome : Outcome.values()) {
            rows.add(row(
                    "decision_" + outcome.name().toLowerCase(Locale.ROOT),
                    Section.CONSIDERATION,
                    "comparison.row.decisionShare",
                    "comparison.outcome." + outcome.name(),
                    Unit.PERCENT,
                    codes,
                    c -> Figure.percent(
                            considered.getOrDefault(c, none).outcomes().getOrDefault(outcome, 0L),
                            considered.getOrDefault(c, none).considered())));
        }
    }

    private void appealRows(
            List<Row> rows,
            Map<CountryCode, AppealFigures.Answers> answers,
            Map<CountryCode, AppealFigures.Ratings> ratings,
            List<CountryCode> codes) {
        AppealFigures.Answers none = new AppealFigures.Answers(0, 0, null);
        rows.add(row(
                "appeals_answered",
                Section.APPEALS,
                "comparison.row.appealsAnswered",
                null,
                Unit.COUNT,
                codes,
                c -> Figure.count(answers.getOrDefault(c, none).answered())));
        rows.add(row(
                "appeals_on_time",
                Section.APPEALS,
                "comparison.row.appealsOnTime",
                null,
                Unit.PERCENT,
                codes,
                c -> Figure.percent(
                        answers.getOrDefault(c, none).onTime(),
                        answers.getOrDefault(c, none).answered())));
        rows.add(row(
                "appeal_median_days",
                Section.APPEALS,
                "comparison.row.medianDays",
                null,
                Unit.DAYS,
                codes,
                c -> Figure.statistic(
                        answers.getOrDefault(c, none).medianDays(),
                        answers.getOrDefault(c, none).answered())));
        AppealFigures.Ratings unrated = new AppealFigures.Ratings(0, null);
        rows.add(row(
                "answer_rating",
                Section.APPEALS,
                "comparison.row.rating",
                null,
                Unit.RATING,
                codes,
                c -> Figure.statistic(
                        ratings.getOrDefault(c, unrated).average(),
                        ratings.getOrDefault(c, unrated).rated())));
        rows.add(row(
                "answer_ratings",
                Section.APPEALS,
                "comparison.row.ratings",
                null,
                Unit.COUNT,
                codes,
                c -> Figure.count(ratings.getOrDefault(c, unrated).rated())));
    }

    private void petitionRows(
            List<Row> rows, Map<CountryCode, PetitionFigures.Responses> responses, List<CountryCode> codes) {
        PetitionFigures.Responses none = new PetitionFigures.Responses(0, 0);
        rows.add(row(
                "petition_responses",
                Section.PETITIONS,
                "comparison.row.petitionResponses",
                null,
                Unit.COUNT,
                codes,
                c -> Figure.count(responses.getOrDefault(c, none).responded())));
        rows.add(row(
                "petition_responses_on_time",
                Section.PETITIONS,
                "comparison.row.petitionResponsesOnTime",
                null,
                Unit.PERCENT,
                codes,
                c -> Figure.percent(
                        responses.getOrDefault(c, none).onTime(),
                        responses.getOrDefault(c, none).responded())));
    }

    private void languageRows(
            List<Row> rows,
            Map<CountryCode, Map<String, Long>> comments,
            Map<CountryCode, Map<String, Long>> appealLanguages,
            List<CountryCode> codes) {
        Map<CountryCode, Map<String, Long>> mix = new EnumMap<>(CountryCode.class);
        for (Map<CountryCode, Map<String, Long>> source : List.of(comments, appealLanguages)) {
            source.forEach((code, byLanguage) -> byLanguage.forEach((language, n) ->
                    mix.computeIfAbsent(code, k -> new LinkedHashMap<>()).merge(languageKey(language), n, Long::sum)));
        }
        for (String language : LANGUAGES) {
            rows.add(row(
                    "language_" + language,
                    Section.LANGUAGES,
                    "comparison.row.languageShare",
                    "comparison.language." + language,
                    Unit.PERCENT,
                    codes,
                    c -> Figure.percent(mix.getOrDefault(c, Map.of()).getOrDefault(language, 0L), sum(mix.get(c)))));
        }
    }

    private List<Trend> trends(LocalDate from, LocalDate to, List<YearMonth> months, List<CountryCode> codes) {
        Map<String, Map<CountryCode, Map<YearMonth, Long>>> monthly = new LinkedHashMap<>();
        monthly.put("comments", consultations.commentsByMonth(from, to));
        monthly.put("appeals", appeals.appealsByMonth(from, to));
        monthly.put("petitions", petitions.petitionsByMonth(from, to));
        monthly.put("signatures", petitions.signaturesByMonth(from, to));
        Map<CountryCode, Map<YearMonth, Long>> all = new EnumMap<>(CountryCode.class);
        monthly.values()
                .forEach(byCountry -> byCountry.forEach((code, byMonth) -> byMonth.forEach((month, n) ->
                        all.computeIfAbsent(code, k -> new LinkedHashMap<>()).merge(month, n, Long::sum))));
        List<Trend> trends = new ArrayList<>();
        trends.add(trend("all", all, months, codes));
        monthly.forEach((id, counts) -> trends.add(trend(id, counts, months, codes)));
        return trends;
    }

    private static Trend trend(
            String id, Map<CountryCode, Map<YearMonth, Long>> counts, List<YearMonth> months, List<CountryCode> codes) {
        Map<CountryCode, List<Figure>> values = new EnumMap<>(CountryCode.class);
        for (CountryCode code : codes) {
            Map<YearMonth, Long> byMonth = counts.getOrDefault(code, Map.of());
            values.put(
                    code,
                    months.stream()
                            .map(m -> Figure.count(byMonth.getOrDefault(m, 0L)))
                            .toList());
        }
        return new Trend(id, "comparison.activity." + id, values);
    }

    static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The number of internet users: population × published share. Where only a lower bound is published
     * (Uzbekistan: "&gt;70%") the bound is used and rates per internet user become upper bounds ("≤"); with no
     * figure at all there is no base.
     */
    static Figure.Base internetUsers(Country country) {
        if (country.getInternetUsersPct() != null) {
            return new Figure.Base(
                    country.getPopulation() * country.getInternetUsersPct().doubleValue() / 100, false);
        }
        Matcher bound =
                LOWER_BOUND.matcher(country.getInternetUsersNote() == null ? "" : country.getInternetUsersNote());
        if (bound.find()) {
            double pct = Double.parseDouble(bound.group(1).replace(',', '.'));
            return new Figure.Base(country.getPopulation() * pct / 100, true);
        }
        return null;
    }

    static Reference reference(Country c) {
        BigDecimal egdiChange = c.getEgdi2022().subtract(c.getEgdi2012());
        BigDecimal epartChange = c.getEpart2022().subtract(c.getEpart2012());
        return new Reference(
                c.getCode(),
                c.getName(),
                c.getPopulation(),
                c.getEgdi2012(),
                c.getEgdi2022(),
                egdiChange,
                relative(egdiChange, c.getEgdi2012()),
                c.getEgdiRank2022(),
                c.getEpart2012(),
                c.getEpart2022(),
                epartChange,
                relative(epartChange, c.getEpart2012()),
                c.getEpartRank2022(),
                c.getInternetUsersPct(),
                c.getInternetUsersNote());
    }

    private static Figure relative(BigDecimal change, BigDecimal base) {
        if (base.signum() == 0) {
            return Figure.noBase();
        }
        return Figure.reference(change.multiply(BigDecimal.valueOf(100))
                .divide(base, MathContext.DECIMAL64)
                .doubleValue());
    }

    private static String languageKey(String code) {
        String normalized = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(normalized) ? normalized : "other";
    }

    private static long sum(Map<String, Long> counts) {
        return counts == null
                ? 0
                : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <T> Row row(
            String id,
            Section section,
            String labelKey,
            String argKey,
            Unit unit,
            List<T> items,
            Function<T, Figure> figure) {
        Map<CountryCode, Figure> values = new EnumMap<>(CountryCode.class);
        for (T item : items) {
            CountryCode code = item instanceof Country c ? c.getCode() : (CountryCode) item;
            values.put(code, figure.apply(item));
        }
        return new Row(id, section, labelKey, argKey, unit, values);
    }
}
