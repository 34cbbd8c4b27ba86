package org.pikir.shared.chart;

import java.util.List;

/**
 * Writes RFC 4180 CSV (UTF-8 with BOM so spreadsheet programs detect Cyrillic correctly). Cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe: exported citizen
 * text must never execute.
 */
public final class Csv {

    private Csv() {}

    /** The whole document: header line, then rows. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** The byte order mark that starts every document (spreadsheet programs then read UTF-8). */
    public static final String BOM = "\uFEFF";

    /** One line (header or row) with its CRLF, for writers that stream a document row by row. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        line(out, cells);
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?\\d+([.,]\\d+)?%?");
    }
}
