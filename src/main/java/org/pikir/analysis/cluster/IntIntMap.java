package org.pikir.analysis.cluster;

import java.util.Arrays;

/** Open-addressing int→int map (no boxing): LSH buckets for a million items fit in a few megabytes. */
public final class IntIntMap {

    public static final int MISSING = -1;

    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
        used = new boolean[cap];
    }

    /** Value for key, or {@link #MISSING}. */
    public int get(int key) {
        int mask = keys.length - 1;
        for (int i = spread(key) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return MISSING;
    }

    /** Stores key→value and returns the previous value or {@link #MISSING}. */
    public int put(int key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
        return MISSING;
    }

    /** Stores key→value only when absent; returns the value now stored. */
    public int putIfAbsent(int key, int value) {
        int old = get(key);
        if (old != MISSING) {
            return old;
        }
        put(key, value);
        return value;
    }

    public void clear() {
        Arrays.fill(used, false);
        size = 0;
    }

    public int size() {
        return size;
    }

    /** Calls {@code action} with every key and value, in no particular order. */
    public void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** Receives a key and its value. */
    @FunctionalInterface
    public interface Entry {
        void accept(int key, int value);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
