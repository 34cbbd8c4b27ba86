package org.pikir.analysis.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pikir.analysis.engine.Campaign;
import org.pikir.analysis.engine.TextItem;

/**
 * Turns one group of near-duplicates into a {@link Campaign}: picks the template, counts variants and
 * extracts the sentences members added. A sentence counts as added when fewer than half of its words
 * are covered by shingles that most members share — so a personal argument is surfaced even when it
 * sits in the middle of the form letter.
 */
public final class CampaignBuilder {

    /** Share of members a shingle must appear in to count as campaign text. */
    private static final double SHARED_SHARE = 0.3;

    private static final double ADDED_MAX_COVERAGE = 0.5;

    private static final int MIN_ADDED_WORDS = 3;

    private CampaignBuilder() {}

    public static Campaign build(String id, List<TextItem> members, List<int[]> shingles) {
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            byText.computeIfAbsent(
                            String.join(" ", Shingles.words(members.get(i).text())), k -> new ArrayList<>())
                    .add(i);
        }
        List<Integer> templateGroup = byText.values().stream()
                .max(Comparator.<List<Integer>>comparingInt(List::size).thenComparing(g -> -earliest(members, g)))
                .orElseThrow();
        int template = templateGroup.get(0);
        List<String> ids = new ArrayList<>(members.size());
        ids.add(members.get(template).id());
        for (int i = 0; i < members.size(); i++) {
            if (i != template) {
                ids.add(members.get(i).id());
            }
        }
        Instant first = null;
        Instant last = null;
        for (TextItem m : members) {
            if (m.createdAt() != null) {
                first = first == null || m.createdAt().isBefore(first) ? m.createdAt() : first;
                last = last == null || m.createdAt().isAfter(last) ? m.createdAt() : last;
            }
        }
        return new Campaign(
                id,
                members.get(template).text(),
                members.get(template).id(),
                ids,
                byText.size(),
                first,
                last,
                additions(members, shingles, byText));
    }

    private static long earliest(List<TextItem> members, List<Integer> group) {
        return group.stream()
                .map(members::get)
                .map(TextItem::createdAt)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Instant::toEpochMilli)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private static List<Campaign.Addition> additions(
            List<TextItem> members, List<int[]> shingles, Map<String, List<Integer>> byText) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int[] s : shingles) {
            for (int h : s) {
                counts.merge(h, 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (int) Math.ceil(SHARED_SHARE * members.size()));
        Map<String, Campaign.Addition> found = new LinkedHashMap<>();
        for (List<Integer> group : byText.values()) {
            TextItem sample = members.get(group.get(0));
            for (String sentence : addedSentences(sample.text(), counts, needed)) {
                String key = String.join(" ", Shingles.words(sentence));
                Campaign.Addition prev = found.get(key);
                found.put(
                        key,
                        prev == null
                                ? new Campaign.Addition(sentence.strip(), sample.id(), group.size())
                                : new Campaign.Addition(prev.text(), prev.firstItemId(), prev.count() + group.size()));
            }
        }
        List<Campaign.Addition> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt(Campaign.Addition::count).reversed());
        return out;
    }

    /** Sentences of {@code text} that the campaign's shared shingles cover for less than half their words. */
    static List<String> addedSentences(String text, Map<Integer, Integer> shingleCounts, int needed) {
        List<String> sentences = SentenceSplitter.split(text);
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (String s : sentences) {
            int from = words.size();
            words.addAll(Shingles.words(s));
            spans.add(new int[] {from, words.size()});
        }
        boolean[] covered = new boolean[words.size()];
        if (words.size() >= Shingles.K) {
            for (int i = 0; i + Shingles.K <= words.size(); i++) {
                if (shingleCounts.getOrDefault(Shingles.hashAt(words, i, Shingles.K), 0) >= needed) {
                    for (int j = i; j < i + Shingles.K; j++) {
                        covered[j] = true;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int from = spans.get(s)[0];
            int to = spans.get(s)[1];
            int n = to - from;
            if (n < MIN_ADDED_WORDS) {
                continue;
            }
            int cov = 0;
            for (int i = from; i < to; i++) {
                cov += covered[i] ? 1 : 0;
            }
            if (cov < ADDED_MAX_COVERAGE * n) {
                out.add(sentences.get(s));
            }
        }
        return out;
    }
}
