package org.pikir.analysis.langid;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pikir.analysis.engine.TextNormalizer;

/**
 * Builds the n-gram profiles from the text gathered by {@code tools-src/langid/gather-training-text.sh}.
 * Usage: {@code java -cp target/classes org.pikir.analysis.langid.ProfileTrainer CORPUS_DIR OUT_DIR}.
 * Only the derived counts are written; no sentence of the corpus ends up in the repository.
 */
public final class ProfileTrainer {

    /** Grams kept per order and profile: enough for short texts, small enough to ship. */
    static final int TOP_K = 3000;

    /** Cap per profile so that megabytes of Russian UI strings do not dwarf the thin Turkmen text. */
    static final int MAX_CHARS = 700_000;

    private ProfileTrainer() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted(Comparator.comparingInt(ProfileTrainer::sourcePriority)
                            .thenComparing(Path::toString))
                    .toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".txt")) {
                    continue;
                }
                String label = name.substring(0, name.indexOf('.'));
                if (name.contains(".translit.")) {
                    label = label + "#translit"; // source for script conversion only, not a profile of its own
                }
                // Dictionaries are word lists, not running text: read them after the prose so the cap favours prose.
                String content = TextNormalizer.normalizeLower(Files.readString(f, StandardCharsets.UTF_8));
                texts.computeIfAbsent(label, k -> new StringBuilder())
                        .append(content)
                        .append('\n');
            }
        }
        augment(texts);
        List<String> labels = new ArrayList<>(texts.keySet());
        for (String label : labels) {
            String text = texts.get(label).toString();
            if (text.length() > MAX_CHARS) {
                text = text.substring(0, MAX_CHARS);
            }
            writeProfile(out.resolve(label + ".ngrams"), text);
        }
        Files.write(out.resolve("profiles.list"), labels, StandardCharsets.UTF_8);
    }

    private static int sourcePriority(Path f) {
        String name = f.getFileName().toString();
        return name.contains(".udhr.") ? 0 : name.contains(".mo.") ? 1 : 2;
    }

    /** Adds script-converted and keyboard-folded variants where the real text is thin or one-script. */
    private static void augment(Map<String, StringBuilder> texts) {
        String uzCyrl = texts.getOrDefault("uz_cyrl", new StringBuilder()).toString();
        texts.computeIfAbsent("uz_latn", k -> new StringBuilder()).append(Transliteration.uzbekToLatin(uzCyrl));
        // Soviet-era Cyrillic Turkmen is no longer written; it only widens the Latin profile.
        String tkCyrl = java.util.Objects.toString(texts.remove("tk_cyrl#translit"), "");
        texts.computeIfAbsent("tk", k -> new StringBuilder()).append(Transliteration.turkmenToLatin(tkCyrl));
        String kk = texts.getOrDefault("kk", new StringBuilder()).toString();
        texts.put("kk_plain", new StringBuilder(Transliteration.withoutExtraCyrillicLetters(kk)));
    }

    private static void writeProfile(Path file, String text) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        long[] totals = new long[NgramExtractor.MAX_ORDER + 1];
        NgramExtractor.forEachNgram(text, g -> {
            counts.computeIfAbsent(g, k -> new long[1])[0]++;
            totals[NgramExtractor.order(g)]++;
        });
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#totals");
            for (int n = 1; n <= NgramExtractor.MAX_ORDER; n++) {
                w.write("\t" + totals[n]);
            }
            w.write("\n");
            for (int n = 1; n <= NgramExtractor.MAX_ORDER; n++) {
                final int order = n;
                List<Map.Entry<String, long[]>> top = counts.entrySet().stream()
                        .filter(e -> NgramExtractor.order(e.getKey()) == order && e.getValue()[0] >= 2)
                        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                                .thenComparing(Map.Entry::getKey))
                        .limit(TOP_K)
                        .toList();
                for (Map.Entry<String, long[]> e : top) {
                    w.write(e.getKey() + "\t" + e.getValue()[0] + "\n");
                }
            }
        }
    }
}
