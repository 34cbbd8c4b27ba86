package org.pikir.comparison;

import static org.pikir.comparison.PeriodSql.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Topics that recur across countries, from the analysis engine's clusters (read-only aggregate SQL on its
 * tables; docs/decisions/600-comparison-reads-aggregates.md). Clusters are computed per scope (one draft law,
 * one agency), so the same subject has a different cluster in every country; what links them is the words of
 * their labels ("the most distinctive words, as written in the texts"). A label word recurs across countries
 * when, in at least two countries, clusters carrying it gathered at least {@link Figure#THRESHOLD} items in the
 * period. Clusters with fewer items never contribute a word, so a word from a handful of texts is never shown.
 */
@Component
class TopicFigures {

    /** How many recurring topics the comparison lists. */
    static final int LIMIT = 10;

    private final JdbcTemplate jdbc;

    TopicFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the analysis tables exist in this database (the feature may not be installed yet). */
    boolean available() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select to_regclass('analysis_item') is not null and to_regclass('analysis_topic') is not null",
                Boolean.class));
    }

    /** Label words found in clusters of at least two of the countries, most widespread first. */
    List<Topic> recurring(LocalDate from, LocalDate to, List<CountryCode> countries) {
        record Cluster(CountryCode country, String label, long items) {}
        List<Cluster> clusters = new ArrayList<>();
        jdbc.query(
                """
                with items as (
                    select c.code as country_code, i.scope, i.topic_key
                    from analysis_item i
                    left join draft_law d on i.scope = 'consultation:' || d.id
                    left join agency g on i.scope = 'agency:' || g.id
                    join country c on c.code = coalesce(d.country_code, g.country_code)
                    where i.topic_key is not null and %s
                )
                select it.country_code, t.label, count(*) from items it
                join analysis_topic t on t.scope = it.scope and t.topic_key = it.topic_key
                group by it.country_code, t.scope, t.topic_key, t.label
                having count(*) >= %d""".formatted(within("i.created_at"), Figure.THRESHOLD),
                rs -> {
                    String code = rs.getString(1);
                    String label = rs.getString(2);
                    long items = rs.getLong(3);
                    CountryCode.parse(code)
                            .filter(countries::contains)
                            .ifPresent(c -> clusters.add(new Cluster(c, label, items)));
                },
                from,
                to);

        Map<String, Map<CountryCode, Long>> byWord = new HashMap<>();
        for (Cluster cluster : clusters) {
            for (String word : words(cluster.label())) {
                byWord.computeIfAbsent(word, w -> new EnumMap<>(CountryCode.class))
                        .merge(cluster.country(), cluster.items(), Long::sum);
            }
        }
        List<Topic> topics = new ArrayList<>();
        byWord.forEach((word, counts) -> {
            if (counts.size() >= 2) {
                Map<CountryCode, Figure> figures = new EnumMap<>(CountryCode.class);
                countries.forEach(c -> figures.put(c, Figure.count(counts.getOrDefault(c, 0L))));
                topics.add(new Topic(word, counts.size(), figures));
            }
        });
        topics.sort(Comparator.comparingInt(Topic::countries)
                .reversed()
                .thenComparing(Comparator.comparingDouble(TopicFigures::total).reversed())
                .thenComparing(Topic::label));
        return topics.size() > LIMIT ? List.copyOf(topics.subList(0, LIMIT)) : List.copyOf(topics);
    }

    /** The words of a label ("registration, migrant, address"), lower-cased, without very short ones. */
    static Set<String> words(String label) {
        Set<String> words = new LinkedHashSet<>();
        if (label == null) {
            return words;
        }
        for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= 3) {
                words.add(word);
            }
        }
        return words;
    }

    private static double total(Topic topic) {
        return topic.items().values().stream()
                .mapToDouble(f -> f.chartValue() == null ? 0 : f.chartValue())
                .sum();
    }
}
