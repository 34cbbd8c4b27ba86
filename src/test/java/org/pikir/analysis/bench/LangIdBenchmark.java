package org.pikir.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.engine.LanguageIdentifier;

/**
 * Measures language identification on langid.tsv / langid_confusers.tsv. Lines whose index is divisible by
 * 5 form the dev part (the only part ever looked at while adjusting the detector); figures are reported
 * on the remaining 80% ("test") and, separately, on everything.
 */
public final class LangIdBenchmark {

    static final List<String> SEVEN = List.of("kk", "ru", "en", "uz", "ky", "tg", "tk");

    record Row(int index, String lang, String family, String script, String text, String predicted, boolean mixed) {
        int words() {
            return text.trim().split("\\s+").length;
        }
    }

    public static void main(String[] args) throws IOException {
        if (!EvalData.available("language identification")) {
            return;
        }
        String part = args.length > 0 ? args[0] : "test";
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        LanguageIdentifier id = LanguageIdentifier.createDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
        List<Row> rows = read("langid.tsv", id, part);
        List<Row> confusers = read("langid_confusers.tsv", id, part);
        System.out.printf(
                Locale.ROOT,
                "### Language identification (%s part: %s)%n%n",
                part,
                part.equals("test")
                        ? "lines with index % 5 != 0"
                        : part.equals("dev") ? "index % 5 == 0" : "all lines");
        System.out.printf(
                Locale.ROOT,
                "- items: %d (+ %d confusers); detector heap: %d MB; load: %d ms%n",
                rows.size(),
                confusers.size(),
                heapMb,
                loadMs);
        System.out.printf(
                Locale.ROOT,
                "- macro-F1 kk/ru/en: **%.3f** (target ≥ 0.97); 3–8 words: **%.3f** (≥ 0.93)%n",
                macroF1(rows, List.of("kk", "ru", "en")),
                macroF1(bucket(rows), List.of("kk", "ru", "en")));
        System.out.printf(
                Locale.ROOT,
                "- macro-F1 all seven: **%.3f** (≥ 0.93); 3–8 words: **%.3f**%n",
                macroF1(rows, SEVEN),
                macroF1(bucket(rows), SEVEN));
        long claimed =
                confusers.stream().filter(r -> SEVEN.contains(r.predicted)).count();
        System.out.printf(
                Locale.ROOT,
                "- confusers claimed as one of the seven: **%.1f%%** (≤ 10%%)%n%n",
                100.0 * claimed / Math.max(1, confusers.size()));
        System.out.println("| lang | n | precision | recall | F1 | F1 3–8 words (n) |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (String l : SEVEN) {
            double[] prf = prf(rows, l);
            List<Row> b = bucket(rows);
            long nb = b.stream().filter(r -> r.lang.equals(l)).count();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f | %.3f (%d) |%n",
                    l,
                    rows.stream().filter(r -> r.lang.equals(l)).count(),
                    prf[0],
                    prf[1],
                    prf[2],
                    prf(b, l)[2],
                    nb);
        }
        System.out.println();
        System.out.println("| source family / script | n | accuracy | most common error |");
        System.out.println("| --- | --- | --- | --- |");
        Map<String, List<Row>> byFamily = new TreeMap<>();
        for (Row r : rows) {
            byFamily.computeIfAbsent(r.family + " " + r.lang + "/" + r.script, k -> new ArrayList<>())
                    .add(r);
        }
        for (Row r : confusers) {
            byFamily.computeIfAbsent("confuser " + r.lang, k -> new ArrayList<>())
                    .add(r);
        }
        byFamily.forEach((k, list) -> {
            boolean conf = k.startsWith("confuser");
            long ok = list.stream()
                    .filter(r -> conf ? !SEVEN.contains(r.predicted) : r.predicted.equals(r.lang))
                    .count();
            Map<String, Integer> errs = new TreeMap<>();
            list.stream()
                    .filter(r -> conf ? SEVEN.contains(r.predicted) : !r.predicted.equals(r.lang))
                    .forEach(r -> errs.merge(r.predicted, 1, Integer::sum));
            String common = errs.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " ×" + e.getValue())
                    .orElse("–");
            System.out.printf(
                    Locale.ROOT, "| %s | %d | %.3f | %s |%n", k, list.size(), ok / (double) list.size(), common);
        });
        long mixedKk = rows.stream()
                .filter(r -> r.family.equals("kazsandra") && r.mixed)
                .count();
        System.out.printf(
                Locale.ROOT,
                "%n- kk/ru `mixed` flag raised on %d of %d kazsandra lines, %d of %d lingua-family lines%n",
                mixedKk,
                rows.stream().filter(r -> r.family.equals("kazsandra")).count(),
                rows.stream().filter(r -> r.family.equals("lingua") && r.mixed).count(),
                rows.stream().filter(r -> r.family.equals("lingua")).count());
        if (Boolean.getBoolean("pikir.bench.errors")) {
            rows.stream()
                    .filter(r -> !r.predicted.equals(r.lang))
                    .forEach(r ->
                            System.out.println("ERR " + r.lang + "->" + r.predicted + " " + r.family + " " + r.text));
            confusers.stream()
                    .filter(r -> SEVEN.contains(r.predicted))
                    .forEach(r -> System.out.println("CONF " + r.lang + "->" + r.predicted + " " + r.text));
        }
        throughput(id, rows);
    }

    private static void throughput(LanguageIdentifier id, List<Row> rows) {
        List<String> shortTexts = bucket(rows).stream().map(Row::text).toList();
        for (int i = 0; i < 2; i++) {
            shortTexts.forEach(id::detect); // warm-up
        }
        long t = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - t < 3_000_000_000L) {
            for (String s : shortTexts) {
                id.detect(s);
                n++;
            }
        }
        double perSec = n / ((System.nanoTime() - t) / 1e9);
        System.out.printf(
                Locale.ROOT, "- throughput on 3–8-word texts, one thread: **%.0f texts/s** (≥ 1,000)%n%n", perSec);
    }

    static List<Row> bucket(List<Row> rows) {
        return rows.stream().filter(r -> r.words() >= 3 && r.words() <= 8).toList();
    }

    static double macroF1(List<Row> rows, List<String> langs) {
        return langs.stream().mapToDouble(l -> prf(rows, l)[2]).average().orElse(0);
    }

    static double[] prf(List<Row> rows, String l) {
        long tp = rows.stream()
                .filter(r -> r.lang.equals(l) && r.predicted.equals(l))
                .count();
        long fp = rows.stream()
                .filter(r -> !r.lang.equals(l) && r.predicted.equals(l))
                .count();
        long fn = rows.stream()
                .filter(r -> r.lang.equals(l) && !r.predicted.equals(l))
                .count();
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new double[] {p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec)};
    }

    private static List<Row> read(String file, LanguageIdentifier id, String part) throws IOException {
        List<String> lines = Files.readAllLines(EvalData.dir().resolve(file), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            boolean dev = i % 5 == 0;
            if ((part.equals("test") && dev) || (part.equals("dev") && !dev)) {
                continue;
            }
            String[] f = lines.get(i).split("\t", 3);
            String family = f[1].substring(0, f[1].indexOf(':'));
            String script = f[1].substring(f[1].lastIndexOf('|') + 1);
            DetectedLanguage d = id.detect(f[2]);
            rows.add(new Row(i, f[0], family, script, f[2], d.lang(), d.mixed()));
        }
        return rows;
    }
}
