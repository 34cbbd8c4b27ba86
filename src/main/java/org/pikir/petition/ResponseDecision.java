package org.pikir.petition;

/** What the addressee decided in its public response. */
public enum ResponseDecision {
    WILL_ACT,
    PARTIALLY,
    WILL_NOT_ACT
}
