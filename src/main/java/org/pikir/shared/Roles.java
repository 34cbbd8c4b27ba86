package org.pikir.shared;

/** Role names used by view annotations, method security and the account model: one place only. */
public final class Roles {

    public static final String CITIZEN = "CITIZEN";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String MODERATOR = "MODERATOR";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";

    /** For {@code @PreAuthorize}: {@code hasRole('ADMIN')} etc. */
    public static final String HAS_ADMIN = "hasRole('ADMIN')";

    public static final String HAS_OFFICIAL = "hasRole('OFFICIAL')";
    public static final String HAS_MODERATOR = "hasRole('MODERATOR')";
    public static final String HAS_ANALYST_OR_ADMIN = "hasAnyRole('ANALYST','ADMIN')";
    public static final String IS_AUTHENTICATED = "isAuthenticated()";

    private Roles() {}
}
