package org.pikir.comparison;

import java.math.BigDecimal;
import org.pikir.country.CountryCode;
import org.pikir.country.LocalizedName;

/**
 * A country's published reference figures (UN E-Government Survey 2012 and 2022) with the changes computed
 * from the values themselves (the source tables' printed percentages contain arithmetic errors).
 *
 * @param egdiChange          EGDI 2022 minus EGDI 2012
 * @param egdiChangePercent   that change relative to 2012, in percent
 * @param epartChangePercent  relative change of E-Participation; no base when the 2012 value was 0
 * @param internetUsersPct    share of people using the internet, null when only a bound is published
 * @param internetUsersNote   the published figure as printed (e.g. "&gt;70%")
 */
public record Reference(
        CountryCode country,
        LocalizedName name,
        long population,
        BigDecimal egdi2012,
        BigDecimal egdi2022,
        BigDecimal egdiChange,
        Figure egdiChangePercent,
        int egdiRank2022,
        BigDecimal epart2012,
        BigDecimal epart2022,
        BigDecimal epartChange,
        Figure epartChangePercent,
        int epartRank2022,
        BigDecimal internetUsersPct,
        String internetUsersNote) {}
