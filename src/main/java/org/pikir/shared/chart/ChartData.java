package org.pikir.shared.chart;

import java.util.List;

/**
 * Numbers for a chart and its data table: categories along the x axis and one or more named series.
 * A null value means "not shown" (no data, or suppressed for privacy); it is drawn as a gap.
 */
public record ChartData(List<String> categories, List<Series> series) {

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /** One named row of values, aligned with the categories. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** Largest non-null value, or 0. */
    public double max() {
        return series.stream()
                .flatMap(s -> s.values().stream())
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }
}
