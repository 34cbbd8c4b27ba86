package org.pikir.appeal;

import org.pikir.country.PeriodUnit;

/** The longest extension the law allows in a country (0 = none), and how it is counted. */
public record ExtensionLimit(int max, PeriodUnit unit) {}
