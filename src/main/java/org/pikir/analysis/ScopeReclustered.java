package org.pikir.analysis;

/** A background re-clustering of a scope finished (or failed, then {@code succeeded} is false). */
public record ScopeReclustered(Scope scope, long runId, int items, boolean succeeded) {}
