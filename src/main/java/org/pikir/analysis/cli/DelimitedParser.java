package org.pikir.analysis.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV (with RFC 4180 quoting, records may span lines) or TSV (no quoting) into records. */
final class DelimitedParser {

    /** One record: its first line number, its fields, or an error. */
    record Record(int line, List<String> fields, String error) {}

    private final List<String> lines;
    private final char sep;
    private final boolean quoting;
    private int next;

    DelimitedParser(List<String> lines, char sep, boolean quoting) {
        this.lines = lines;
        this.sep = sep;
        this.quoting = quoting;
    }

    Record next() {
        while (next < lines.size() && lines.get(next) != null && lines.get(next).isEmpty()) {
            next++;
        }
        if (next >= lines.size()) {
            return null;
        }
        int first = next + 1;
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean badBytes = false;
        while (true) {
            String line = lines.get(next++);
            if (line == null) {
                badBytes = true;
                line = "";
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoting && inQuotes) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    } else {
                        cur.append(c);
                    }
                } else if (quoting && c == '"' && cur.isEmpty()) {
                    inQuotes = true;
                } else if (c == sep) {
                    fields.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            if (!inQuotes) {
                break;
            }
            if (next >= lines.size()) {
                return new Record(first, null, "unterminated quoted field");
            }
            cur.append('\n');
        }
        fields.add(cur.toString());
        if (badBytes) {
            return new Record(first, null, "invalid UTF-8");
        }
        return new Record(first, fields, null);
    }
}
