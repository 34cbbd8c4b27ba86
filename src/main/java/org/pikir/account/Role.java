package org.pikir.account;

import org.pikir.shared.Roles;

/** What a person may do in Pikir; names match {@link Roles}. */
public enum Role {
    CITIZEN,
    OFFICIAL,
    MODERATOR,
    ANALYST,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
