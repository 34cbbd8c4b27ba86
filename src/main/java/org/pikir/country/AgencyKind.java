package org.pikir.country;

/** What kind of public body an agency is; petitions and appeals address these. */
public enum AgencyKind {
    PARLIAMENT,
    GOVERNMENT,
    MINISTRY,
    AGENCY,
    LOCAL_AUTHORITY,
    OMBUDSMAN,
    OTHER
}
