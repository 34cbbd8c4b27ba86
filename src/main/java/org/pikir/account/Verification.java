package org.pikir.account;

/** Whether a person's identity was checked (in production through the national eID). */
public enum Verification {
    UNVERIFIED,
    VERIFIED
}
