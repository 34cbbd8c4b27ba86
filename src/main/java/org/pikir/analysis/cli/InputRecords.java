package org.pikir.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pikir.analysis.engine.TextItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads items from JSONL, CSV (RFC 4180, quoted fields may span lines, as in regulations.gov exports) or
 * TSV with a header row. Every bad record is reported with its line number and skipped; the good ones are
 * returned, so one broken line never loses a whole export.
 */
final class InputRecords {

    private static final List<String> DATE_FIELDS =
            List.of("created_at", "createdAt", "posted", "date", "Posted Date", "Received Date", "timestamp");

    private final String idField;
    private final String textField;
    private final PrintStream err;
    private final String fileName;
    private int errors;

    InputRecords(String fileName, String idField, String textField, PrintStream err) {
        this.fileName = fileName;
        this.idField = idField;
        this.textField = textField;
        this.err = err;
    }

    int errors() {
        return errors;
    }

    /** Reads all good records; throws only when the file itself cannot be read or its header lacks a field. */
    List<TextItem> read(Path file, String format) throws IOException, InputException {
        List<String> lines = decodeLines(Files.readAllBytes(file));
        return switch (format) {
            case "jsonl" -> readJsonl(lines);
            case "csv" -> readDelimited(lines, ',');
            case "tsv" -> readDelimited(lines, '\t');
            default -> throw new InputException("unknown format '" + format + "' (use jsonl, csv or tsv)");
        };
    }

    /** Lines as strings; a line with invalid UTF-8 becomes null and is reported. */
    private List<String> decodeLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // byte-order mark written by spreadsheet exports
        }
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i == bytes.length && end == start) {
                    break;
                }
                try {
                    lines.add(StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, end - start))
                            .toString());
                } catch (CharacterCodingException e) {
                    lines.add(null);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private List<TextItem> readJsonl(List<String> lines) {
        JsonMapper json = JsonMapper.builder().build();
        List<TextItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line == null) {
                report(lineNo, "invalid UTF-8");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                report(lineNo, "malformed JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (node == null || !node.isObject()) {
                report(lineNo, "not a JSON object");
                continue;
            }
            JsonNode id = node.get(idField);
            JsonNode text = node.get(textField);
            if (id == null || id.isNull()) {
                report(lineNo, "missing field '" + idField + "'");
                continue;
            }
            if (text == null || !text.isString()) {
                report(lineNo, "missing text field '" + textField + "'");
                continue;
            }
            String date = null;
            for (String f : DATE_FIELDS) {
                if (node.hasNonNull(f)) {
                    date = node.get(f).asString();
                    break;
                }
            }
            add(out, ids, lineNo, id.asString(), text.asString(), date);
        }
        return out;
    }

    private List<TextItem> readDelimited(List<String> lines, char sep) throws InputException {
        List<TextItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        DelimitedParser parser = new DelimitedParser(lines, sep, sep == ',');
        DelimitedParser.Record header = parser.next();
        if (header == null || header.fields() == null) {
            throw new InputException("no header line");
        }
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip(), i);
        }
        Integer idCol = columns.get(idField);
        Integer textCol = columns.get(textField);
        if (idCol == null || textCol == null) {
            throw new InputException("header (line 1) has no column '" + (idCol == null ? idField : textField)
                    + "'; columns are: " + String.join(", ", header.fields()));
        }
        Integer dateCol = DATE_FIELDS.stream()
                .map(columns::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        for (DelimitedParser.Record r; (r = parser.next()) != null; ) {
            if (r.error() != null) {
                report(r.line(), r.error());
                continue;
            }
            List<String> f = r.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() <= Math.max(idCol, textCol)) {
                report(r.line(), "expected at least " + (Math.max(idCol, textCol) + 1) + " fields, found " + f.size());
                continue;
            }
            add(
                    out,
                    ids,
                    r.line(),
                    f.get(idCol),
                    f.get(textCol),
                    dateCol != null && dateCol < f.size() ? f.get(dateCol) : null);
        }
        return out;
    }

    private void add(List<TextItem> out, Set<String> ids, int lineNo, String id, String text, String date) {
        if (id.isBlank()) {
            report(lineNo, "empty id");
        } else if (text.isBlank()) {
            report(lineNo, "empty text");
        } else if (!ids.add(id)) {
            report(lineNo, "duplicate id '" + id + "'");
        } else {
            out.add(new TextItem(id, text, parseDate(date)));
        }
    }

    static Instant parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not a timestamp with offset; try a date below
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is not worth rejecting the comment for
        }
    }

    private void report(int lineNo, String message) {
        errors++;
        err.printf(Locale.ROOT, "%s:%d: %s, skipped%n", fileName, lineNo, message);
    }

    /** The input cannot be used at all. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }
}
