package org.pikir.account;

/** How a citizen's name appears on their public comments (docs/privacy.md); {@link #INITIALS} by default. */
public enum NameDisplay {
    FULL,
    INITIALS,
    ANONYMOUS
}
