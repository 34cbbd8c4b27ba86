package org.pikir.shared.demo;

/**
 * A feature's demo data. Each contributor runs once per database (remembered by {@link #name()}), in
 * {@link #order()}, inside one transaction; a feature added later still gets its demo data on an existing
 * demo database.
 */
public interface DemoDataContributor {

    /** Stable unique name, e.g. "account.demo-users"; changing it loads the data again. */
    String name();

    /** Lower runs first: accounts (10) before consultations (30) before analysis (80). */
    int order();

    /** Inserts the demo data. Runs inside a transaction. */
    void load();
}
