package org.pikir.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalysisCliTest {

    private static final String LETTER =
            "I oppose the new parking fees in the city centre because they hurt small shops and "
                    + "the people who work there every day.";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) {
        return AnalysisCli.run(
                args,
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void langidAnswersOneLinePerInputLineAndNamesInvalidUtf8() {
        byte[] bad = {(byte) 0xff, (byte) 0xfe, 'x'};
        byte[] in = concat(
                "Мен бұл ұсынысқа толық қосыламын\nI support this proposal fully\n".getBytes(StandardCharsets.UTF_8),
                bad,
                "\nBu qonun loyihasi juda yaxshi\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run(in, "langid"));
        List<String> lines = stdout().lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("kk\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("en\t"));
        assertEquals("und\t0.000", lines.get(2));
        assertTrue(lines.get(3).startsWith("uz\t"));
        assertTrue(lines.get(0).matches("kk\t[01]\\.\\d{3}"));
        assertTrue(stderr().contains("stdin:3: invalid UTF-8"), stderr());
    }

    @Test
    void analyzeJsonlSkipsBadLinesAndWritesBothFiles() throws IOException {
        Path input = dir.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append("{\"id\":\"c")
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(LETTER)
                    .append("\"}\n");
        }
        sb.append("{\"id\":\"u1\",\"text\":\"The library on Abay street should open on Sundays for students.\"}\n");
        sb.append("{\"id\":\"bad\", \"text\": \n"); // line 8: malformed
        sb.append("{\"id\":\"e1\",\"text\":\"  \"}\n"); // line 9: empty text
        sb.append("{\"id\":\"m1\"}\n"); // line 10: missing text
        Files.writeString(input, sb.toString());
        Path output = dir.resolve("out.jsonl");
        assertEquals(0, run(new byte[0], "analyze", "--input", input.toString(), "--output", output.toString()));
        assertTrue(stderr().contains("in.jsonl:8: malformed JSON"), stderr());
        assertTrue(stderr().contains("in.jsonl:9: empty text"));
        assertTrue(stderr().contains("in.jsonl:10: missing text field 'text'"));
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = Files.readAllLines(output);
        assertEquals(7, lines.size());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("c0", first.get("id").asString());
        assertEquals("en", first.get("lang").asString());
        assertEquals("C1", first.get("campaign").asString());
        assertTrue(json.readTree(lines.get(6)).get("campaign").isNull());
        JsonNode clusters = json.readTree(dir.resolve("out.clusters.json").toFile());
        assertEquals(6, clusters.get("campaigns").get(0).get("size").asInt());
        assertEquals(LETTER, clusters.get("campaigns").get(0).get("template").asString());
        assertTrue(clusters.get("topics").size() >= 1);
    }

    @Test
    void analyzeCsvWithQuotedMultilineFieldsAndCustomFieldNames() throws IOException {
        Path input = dir.resolve("export.csv");
        Files.writeString(
                input,
                "Document ID,Comment,Posted Date\n"
                        + "A-1,\"" + LETTER + "\nSecond paragraph, with a comma.\",2024-01-02\n"
                        + "A-2,\"" + LETTER + "\",2024-01-03\n"
                        + "A-3,\"unterminated\n");
        Path output = dir.resolve("csv-out.jsonl");
        assertEquals(
                0,
                run(
                        new byte[0],
                        "analyze",
                        "--input",
                        input.toString(),
                        "--id-field",
                        "Document ID",
                        "--text-field",
                        "Comment",
                        "--output",
                        output.toString()));
        assertEquals(2, Files.readAllLines(output).size());
        assertTrue(stderr().contains("export.csv:5: unterminated quoted field"), stderr());
        JsonNode c = JsonMapper.builder()
                .build()
                .readTree(dir.resolve("csv-out.clusters.json").toFile())
                .get("campaigns")
                .get(0);
        assertEquals("2024-01-02T00:00:00Z", c.get("firstSeen").asString());
        assertEquals(
                "Second paragraph, with a comma.",
                c.get("additions").get(0).get("text").asString());
    }

    @Test
    void wrongFieldNameMissingFileAndNothingReadableExitNonZero() throws IOException {
        Path tsv = dir.resolve("in.tsv");
        Files.writeString(tsv, "key\tbody\n1\tSome text here\n");
        assertEquals(
                2,
                run(
                        new byte[0],
                        "analyze",
                        "--input",
                        tsv.toString(),
                        "--output",
                        dir.resolve("o.jsonl").toString()));
        assertTrue(stderr().contains("no column 'id'"), stderr());
        assertEquals(
                2,
                run(
                        new byte[0],
                        "analyze",
                        "--input",
                        dir.resolve("missing.jsonl").toString(),
                        "--output",
                        "x.jsonl"));
        assertTrue(stderr().contains("cannot read input file"));
        Path bad = dir.resolve("bad.jsonl");
        Files.write(bad, new byte[] {'{', (byte) 0xc3, '\n'});
        assertEquals(
                2,
                run(
                        new byte[0],
                        "analyze",
                        "--input",
                        bad.toString(),
                        "--output",
                        dir.resolve("b.jsonl").toString()));
        assertTrue(stderr().contains("bad.jsonl:1: invalid UTF-8"), stderr());
        assertTrue(stderr().contains("no readable item"));
        assertEquals(1, run(new byte[0], "analyze", "--input"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
