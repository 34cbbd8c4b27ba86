package org.pikir.analysis.service;

import java.io.Reader;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.pikir.analysis.engine.Assignment;

/**
 * Assignments as PostgreSQL COPY text rows (kind, id, lang, confidence, mixed, campaign, topic), produced
 * while the driver reads, so a million rows never exist as one string.
 */
final class AssignmentRows extends Reader {

    private final List<Assignment> assignments;
    private final DoubleConsumer progress;
    private final StringBuilder buffer = new StringBuilder(8192);
    private final int step;
    private int next;
    private int pos;

    AssignmentRows(List<Assignment> assignments, DoubleConsumer progress) {
        this.assignments = assignments;
        this.progress = progress;
        this.step = Math.max(1, assignments.size() / 20);
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (pos == buffer.length()) {
            buffer.setLength(0);
            pos = 0;
            while (buffer.length() < 8192 && next < assignments.size()) {
                append(assignments.get(next++));
                if (next % step == 0) {
                    progress.accept(0.6 * next / assignments.size());
                }
            }
            if (buffer.isEmpty()) {
                return -1;
            }
        }
        int n = Math.min(len, buffer.length() - pos);
        buffer.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private void append(Assignment a) {
        int colon = a.itemId().indexOf(':');
        field(a.itemId().substring(0, colon)).append('\t');
        field(a.itemId().substring(colon + 1)).append('\t');
        field(a.language().lang()).append('\t');
        // The column is real: writing the float's own digits makes an unchanged result compare equal.
        buffer.append(Float.toString((float) a.language().confidence())).append('\t');
        buffer.append(a.language().mixed() ? 't' : 'f').append('\t');
        field(a.campaignId()).append('\t');
        field(a.topicId()).append('\n');
    }

    /** COPY text format: \N for null; backslash, tab and line breaks escaped. */
    private StringBuilder field(String v) {
        if (v == null) {
            return buffer.append("\\N");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return buffer;
    }

    @Override
    public void close() {}
}
