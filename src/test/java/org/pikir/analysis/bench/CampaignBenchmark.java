package org.pikir.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pikir.analysis.engine.Campaign;
import org.pikir.analysis.engine.CampaignDetector;
import org.pikir.analysis.engine.TextItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Campaign detection on titleix_ed-2022-ocr-0143.jsonl (1,000 real public comments, 22 campaigns, 50 unique). */
public final class CampaignBenchmark {

    public static void main(String[] args) throws IOException {
        if (!EvalData.available("campaign detection")) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<TextItem> items = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> level = new ArrayList<>();
        for (String line : Files.readAllLines(
                EvalData.dir().resolve("clustering/titleix_ed-2022-ocr-0143.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            items.add(new TextItem(
                    n.get("id").asString(),
                    n.get("text").asString(),
                    LocalDate.parse(n.get("posted").asString()).atStartOfDay().toInstant(ZoneOffset.UTC)));
            truth.add(n.get("campaign").asString());
            level.add(n.get("edit_level").asString());
        }
        long t0 = System.nanoTime();
        CampaignDetector.Result result = new CampaignDetector().detect(items);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> pred = new ArrayList<>();
        for (TextItem it : items) {
            pred.add(result.campaignByItem().getOrDefault(it.id(), "single:" + it.id()));
        }
        double[] prf = ClusterMetrics.pairwise(truth, pred);
        // A major edit is recalled when it lands in the cluster that holds most of its true campaign.
        Map<String, Map<String, Integer>> majority = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            majority.computeIfAbsent(truth.get(i), k -> new HashMap<>()).merge(pred.get(i), 1, Integer::sum);
        }
        int major = 0;
        int majorOk = 0;
        int unique = 0;
        int uniqueMerged = 0;
        for (int i = 0; i < items.size(); i++) {
            if (level.get(i).equals("major_edit")) {
                major++;
                String home = majority.get(truth.get(i)).entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
                majorOk += pred.get(i).equals(home) ? 1 : 0;
            }
            if (level.get(i).equals("unique")) {
                unique++;
                uniqueMerged += pred.get(i).startsWith("single:") ? 0 : 1;
            }
        }
        System.out.printf(
                Locale.ROOT, "### Campaign detection (titleix_ed-2022-ocr-0143, %d comments)%n%n", items.size());
        System.out.printf(
                Locale.ROOT,
                "- pairwise precision %.3f, recall %.3f, **F1 %.3f** (target ≥ 0.95); ARI %.3f, NMI %.3f%n",
                prf[0],
                prf[1],
                prf[2],
                ClusterMetrics.ari(truth, pred),
                ClusterMetrics.nmi(truth, pred));
        System.out.printf(
                Locale.ROOT,
                "- major_edit recall: **%d/%d = %.3f** (≥ 0.75)%n",
                majorOk,
                major,
                majorOk / (double) major);
        System.out.printf(
                Locale.ROOT,
                "- unique comments wrongly merged: **%d/%d = %.1f%%** (≤ 2%%)%n",
                uniqueMerged,
                unique,
                100.0 * uniqueMerged / unique);
        System.out.printf(
                Locale.ROOT,
                "- campaigns found: %d (truth: 22); time %d ms%n",
                result.campaigns().size(),
                ms);
        int withAdditions = 0;
        int additions = 0;
        for (Campaign c : result.campaigns()) {
            if (!c.additions().isEmpty()) {
                withAdditions++;
                additions += c.additions().size();
            }
        }
        System.out.printf(
                Locale.ROOT, "- distinct added sentences surfaced: %d, in %d campaigns%n", additions, withAdditions);
        if (Boolean.getBoolean("pikir.bench.errors")) {
            for (int i = 0; i < items.size(); i++) {
                if (level.get(i).equals("major_edit") || level.get(i).equals("unique")) {
                    System.out.println("ITEM " + level.get(i) + " " + truth.get(i) + " -> " + pred.get(i));
                }
            }
            for (Campaign c : result.campaigns()) {
                System.out.println("CAMPAIGN " + c.id() + " size " + c.size() + " variants " + c.variants()
                        + " additions " + c.additions().size());
                c.additions().stream()
                        .limit(3)
                        .forEach(a -> System.out.println("   + " + a.count() + " "
                                + a.text().substring(0, Math.min(120, a.text().length()))));
            }
        }
        System.out.println();
    }
}
