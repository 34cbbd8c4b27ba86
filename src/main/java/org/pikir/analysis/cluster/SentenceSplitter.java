package org.pikir.analysis.cluster;

import java.util.ArrayList;
import java.util.List;

/** Splits on sentence-final punctuation and line breaks; good enough to cut letters into arguments. */
public final class SentenceSplitter {

    private SentenceSplitter() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cur.append(c);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?' || c == '…')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
