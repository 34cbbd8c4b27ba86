package org.pikir.analysis.service;

import java.util.HashMap;
import java.util.Map;
import org.pikir.analysis.Scope;
import org.pikir.analysis.engine.ScopeIndex;
import org.pikir.analysis.engine.ScopeIndex.Representative;
import org.pikir.analysis.service.SharedStateStore.BandEntry;

/**
 * The online index of one scope as PostgreSQL holds it, for one assignment inside the transaction that locked the
 * scope's row: look-ups read {@code analysis_band}; what {@link #add} decides is written by the caller together with
 * the item's row ({@link #newBandKeys}, {@link #keptShingles}), since the row number is known only then.
 */
public final class DbScopeState implements ScopeIndex.State {

    private final SharedStateStore shared;
    private final AnalysisStore store;
    private final Scope scope;
    private int provisional;
    private long[] dbKeys = new long[0];
    private long[] newBandKeys = new long[0];
    private int[] keptShingles;

    public DbScopeState(SharedStateStore shared, AnalysisStore store, Scope scope, int provisional) {
        this.shared = shared;
        this.store = store;
        this.scope = scope;
        this.provisional = provisional;
    }

    /** The database keys of a text's band keys in this scope. */
    public static long[] dbKeys(Scope scope, int[] bandKeys) {
        long[] out = new long[bandKeys.length];
        for (int b = 0; b < bandKeys.length; b++) {
            out[b] = SharedStateStore.bandKey(scope, b, bandKeys[b]);
        }
        return out;
    }

    @Override
    public Representative[] representatives(int[] bandKeys) {
        dbKeys = dbKeys(scope, bandKeys);
        Map<Long, Integer> band = new HashMap<>();
        for (int b = 0; b < dbKeys.length; b++) {
            band.put(dbKeys[b], b);
        }
        Representative[] out = new Representative[bandKeys.length];
        for (BandEntry e : shared.representatives(scope, dbKeys)) {
            Integer b = band.get(e.bandKey());
            if (b != null) {
                out[b] = new Representative(e.seq(), e.itemKey(), e.shingles(), e.campaign(), e.topic());
            }
        }
        return out;
    }

    @Override
    public void add(String itemId, int[] bandKeys, boolean[] first, int[] shingles, String campaignId, String topicId) {
        long[] keys = dbKeys.length == bandKeys.length ? dbKeys : dbKeys(scope, bandKeys);
        int n = 0;
        long[] fresh = new long[keys.length];
        for (int b = 0; b < keys.length; b++) {
            if (first[b]) {
                fresh[n++] = keys[b];
            }
        }
        newBandKeys = java.util.Arrays.copyOf(fresh, n);
        keptShingles = n > 0 ? shingles : null;
    }

    @Override
    public String newProvisionalCampaign() {
        return "N" + (++provisional);
    }

    @Override
    public void setCampaign(Representative item, String campaignId) {
        store.setCampaign(item.itemId(), campaignId);
    }

    @Override
    public int size() {
        return shared.scopeState(scope).map(SharedStateStore.ScopeState::items).orElse(0);
    }

    /** Band keys (database form) under which the last added item is the first. */
    public long[] newBandKeys() {
        return newBandKeys;
    }

    /** The last added item's shingles if it is the first under some band key, else null. */
    public int[] keptShingles() {
        return keptShingles;
    }

    /** The provisional campaign counter after the assignments made through this state. */
    public int provisional() {
        return provisional;
    }
}
