package org.pikir.consideration;

import org.pikir.country.CountryCode;

/** What the dashboard counts: one draft, one agency, one country or everything. */
public record MetricsScope(Kind kind, Long id, CountryCode country) {

    public enum Kind {
        ALL,
        COUNTRY,
        AGENCY,
        DRAFT
    }

    public static MetricsScope all() {
        return new MetricsScope(Kind.ALL, null, null);
    }

    public static MetricsScope country(CountryCode country) {
        return new MetricsScope(Kind.COUNTRY, null, country);
    }

    public static MetricsScope agency(long agencyId) {
        return new MetricsScope(Kind.AGENCY, agencyId, null);
    }

    public static MetricsScope draft(long draftId) {
        return new MetricsScope(Kind.DRAFT, draftId, null);
    }
}
