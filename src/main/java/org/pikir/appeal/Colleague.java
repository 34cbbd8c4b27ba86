package org.pikir.appeal;

/** An official of the same agency, to assign appeals to. */
public record Colleague(long accountId, String displayName) {}
