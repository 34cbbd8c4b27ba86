package org.pikir.analysis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.engine.AnalysisEngine;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.engine.LanguageIdentifier;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.TextItem;

/**
 * Command line for analysts: {@code langid} and {@code analyze}, run before Spring starts (no web server,
 * no database). Exit codes: 0 done (possibly with skipped bad lines), 1 usage error, 2 nothing readable.
 */
public final class AnalysisCli {

    private AnalysisCli() {}

    /** Runs a command; {@code args[0]} is {@code langid} or {@code analyze}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err);
        }
        try {
            return switch (args[0]) {
                case "langid" -> langid(in, out, err);
                case "analyze" -> analyze(List.of(args).subList(1, args.length), out, err);
                default -> usage(err);
            };
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** True when {@code args} name a command of this CLI (the application's main dispatches on it). */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("langid") || args[0].equals("analyze"));
    }

    private static int usage(PrintStream err) {
        err.println("usage: langid < lines.txt");
        err.println(
                "       analyze --input FILE [--format jsonl|csv|tsv] [--id-field id] [--text-field text] --output OUT.jsonl");
        return 1;
    }

    private static int langid(InputStream in, PrintStream out, PrintStream err) throws IOException {
        LanguageIdentifier id = LanguageIdentifier.createDefault();
        int lineNo = 0;
        int good = 0;
        for (byte[] line; (line = readLine(in)) != null; ) {
            lineNo++;
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line))
                        .toString();
                good++;
            } catch (CharacterCodingException e) {
                err.printf(Locale.ROOT, "stdin:%d: invalid UTF-8, answered und%n", lineNo);
                text = "";
            }
            DetectedLanguage d = id.detect(text);
            // One output line per input line, always, so results can be pasted next to the input.
            out.printf(Locale.ROOT, "%s\t%.3f%n", d.lang(), d.confidence());
        }
        out.flush();
        return lineNo > 0 && good == 0 ? 2 : 0;
    }

    /** Reads one line (without \n or \r\n) as raw bytes, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] bytes = buf.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

    private static int analyze(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || i + 1 >= args.size()) {
                err.println("error: unexpected argument '" + a + "'");
                return usage(err);
            }
            opts.put(a.substring(2), args.get(++i));
        }
        String input = opts.get("input");
        String output = opts.get("output");
        if (input == null || output == null) {
            err.println("error: --input and --output are required");
            return usage(err);
        }
        Path inPath = Path.of(input);
        if (!Files.isReadable(inPath)) {
            err.println("error: cannot read input file " + input);
            return 2;
        }
        String format = opts.getOrDefault("format", guessFormat(input));
        InputRecords reader = new InputRecords(
                input, opts.getOrDefault("id-field", "id"), opts.getOrDefault("text-field", "text"), err);
        List<TextItem> items;
        try {
            items = reader.read(inPath, format);
        } catch (InputRecords.InputException e) {
            err.println("error: " + input + ": " + e.getMessage());
            return 2;
        }
        if (items.isEmpty()) {
            err.println("error: no readable item in " + input
                    + (reader.errors() > 0 ? " (" + reader.errors() + " bad lines)" : ""));
            return 2;
        }
        AnalysisEngine engine = new AnalysisEngine(LanguageIdentifier.createDefault(), new AnalyzerRegistry());
        ScopeAnalysis result = engine.analyze(items, false, p -> {});
        Path outPath = Path.of(output);
        Path clustersPath = Path.of(clustersName(output));
        try (OutputStream o = Files.newOutputStream(outPath);
                OutputStream c = Files.newOutputStream(clustersPath)) {
            JsonReport.writeAssignments(result, o);
            JsonReport.writeClusters(result, c);
        }
        out.printf(
                Locale.ROOT,
                "%d items analysed (%d bad lines skipped): %d campaigns, %d topics%n",
                items.size(),
                reader.errors(),
                result.campaigns().size(),
                result.topics().size());
        out.println("wrote " + outPath + " and " + clustersPath);
        return 0;
    }

    static String clustersName(String output) {
        return (output.endsWith(".jsonl") ? output.substring(0, output.length() - 6) : output) + ".clusters.json";
    }

    private static String guessFormat(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".csv") ? "csv" : f.endsWith(".tsv") || f.endsWith(".tab") ? "tsv" : "jsonl";
    }
}
