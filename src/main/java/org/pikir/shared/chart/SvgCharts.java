package org.pikir.shared.chart;

import java.util.List;
import java.util.Locale;

/**
 * Draws small, accessible SVG charts on the server (docs/decisions/001-server-rendered-charts.md). Colours
 * are the Okabe–Ito palette (safe for colour-blind readers); every label is XML-escaped.
 */
public final class SvgCharts {

    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 90;

    private SvgCharts() {}

    /** Grouped vertical bars: one group per category, one bar per series. */
    public static String bars(ChartData data, String title) {
        StringBuilder svg = open(title);
        double max = niceMax(data.max());
        axes(svg, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int groups = Math.max(1, data.categories().size());
        double groupWidth = plotWidth / (double) groups;
        int seriesCount = Math.max(1, data.series().size());
        double barWidth = Math.max(2, groupWidth * 0.8 / seriesCount);
        for (int c = 0; c < data.categories().size(); c++) {
            double groupX = LEFT + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < data.series().size(); s++) {
                Double value = data.series().get(s).values().get(c);
                if (value == null) {
                    continue;
                }
                double h = plotHeight() * value / max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        groupX + s * barWidth,
                        TOP + plotHeight() - h,
                        barWidth - 1,
                        h,
                        PALETTE[s % PALETTE.length]));
            }
            categoryLabel(
                    svg,
                    LEFT + c * groupWidth + groupWidth / 2,
                    data.categories().get(c),
                    groups > 8);
        }
        legend(svg, data.series().stream().map(ChartData.Series::name).toList());
        return svg.append("</svg>").toString();
    }

    /** One line per series across the categories (e.g. months). */
    public static String lines(ChartData data, String title) {
        StringBuilder svg = open(title);
        double max = niceMax(data.max());
        axes(svg, max);
        int n = data.categories().size();
        double step = n <= 1 ? 0 : (WIDTH - LEFT - RIGHT) / (double) (n - 1);
        for (int s = 0; s < data.series().size(); s++) {
            StringBuilder path = new StringBuilder();
            List<Double> values = data.series().get(s).values();
            boolean penDown = false;
            for (int i = 0; i < n; i++) {
                Double value = values.get(i);
                if (value == null) {
                    penDown = false;
                    continue;
                }
                double x = LEFT + i * step;
                double y = TOP + plotHeight() - plotHeight() * value / max;
                path.append(penDown ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                penDown = true;
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                        x,
                        y,
                        PALETTE[s % PALETTE.length]));
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"")
                        .append(path.toString().strip())
                        .append("\" fill=\"none\" stroke=\"")
                        .append(PALETTE[s % PALETTE.length])
                        .append("\" stroke-width=\"2\"/>");
            }
        }
        for (int i = 0; i < n; i++) {
            categoryLabel(svg, LEFT + i * step, data.categories().get(i), n > 8);
        }
        legend(svg, data.series().stream().map(ChartData.Series::name).toList());
        return svg.append("</svg>").toString();
    }

    /** Labelled points; axis titles name the two measures. */
    public static String scatter(List<ScatterPoint> points, String title, String xTitle, String yTitle) {
        StringBuilder svg = open(title);
        double maxX = niceMax(points.stream().mapToDouble(ScatterPoint::x).max().orElse(0));
        double maxY = niceMax(points.stream().mapToDouble(ScatterPoint::y).max().orElse(0));
        axes(svg, maxY);
        for (int i = 0; i <= 4; i++) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    x,
                    TOP + plotHeight() + 16,
                    number(maxX * i / 4)));
        }
        for (int i = 0; i < points.size(); i++) {
            ScatterPoint p = points.get(i);
            double x = LEFT + (WIDTH - LEFT - RIGHT) * p.x() / maxX;
            double y = TOP + plotHeight() - plotHeight() * p.y() / maxY;
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>",
                    x,
                    y,
                    PALETTE[i % PALETTE.length]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#111\">%s</text>",
                    x + 8,
                    y - 6,
                    escape(p.label())));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111\">%s</text>",
                LEFT + (WIDTH - LEFT - RIGHT) / 2,
                TOP + plotHeight() + 40,
                escape(xTitle)));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"14\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111\" transform=\"rotate(-90 14 %d)\">%s</text>",
                TOP + plotHeight() / 2,
                TOP + plotHeight() / 2,
                escape(yTitle)));
        return svg.append("</svg>").toString();
    }

    /**
     * A map of unlabelled points coloured by group (e.g. voters of an opinion map): no axes, since the two
     * dimensions have no unit, a numbered marker at each group's centre and a legend of the group names.
     * Points carry no label or link, so the picture cannot lead to anyone.
     */
    public static String groupMap(List<GroupMapPoint> points, List<String> groupNames, String title) {
        StringBuilder svg = open(title);
        double maxX = 1e-9;
        double maxY = 1e-9;
        for (GroupMapPoint p : points) {
            maxX = Math.max(maxX, Math.abs(p.x()));
            maxY = Math.max(maxY, Math.abs(p.y()));
        }
        double cx = LEFT + (WIDTH - LEFT - RIGHT) / 2.0;
        double cy = TOP + plotHeight() / 2.0;
        double sx = (WIDTH - LEFT - RIGHT) / 2.0 * 0.95 / maxX;
        double sy = plotHeight() / 2.0 * 0.95 / maxY;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>",
                LEFT,
                cy,
                WIDTH - RIGHT,
                cy));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>",
                cx,
                TOP,
                cx,
                TOP + plotHeight()));
        int groups = groupNames.size();
        double[] sumX = new double[groups + 1];
        double[] sumY = new double[groups + 1];
        int[] count = new int[groups + 1];
        for (GroupMapPoint p : points) {
            int g = p.group() >= 1 && p.group() <= groups ? p.group() : 0;
            double x = cx + p.x() * sx;
            double y = cy - p.y() * sy;
            sumX[g] += x;
            sumY[g] += y;
            count[g]++;
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" fill-opacity=\"0.55\"/>",
                    x,
                    y,
                    g == 0 ? "#999999" : PALETTE[(g - 1) % PALETTE.length]));
        }
        for (int g = 1; g <= groups; g++) {
            if (count[g] == 0) {
                continue;
            }
            double x = sumX[g] / count[g];
            double y = sumY[g] / count[g];
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"3\"/>",
                    x,
                    y,
                    PALETTE[(g - 1) % PALETTE.length]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#111\">%d</text>",
                    x,
                    y + 4,
                    g));
        }
        legend(svg, groupNames.size() < 2 ? List.of() : groupNames);
        return svg.append("</svg>").toString();
    }

    /** XML-escapes text for element content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The smallest 1/2/5×10ⁿ at or above the value, so axis ticks are round numbers. */
    static double niceMax(double value) {
        if (value <= 0 || Double.isNaN(value)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\"><title>")
                .append(escape(title))
                .append("</title>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        return svg;
    }

    private static void axes(StringBuilder svg, double max) {
        int bottom = TOP + plotHeight();
        for (int i = 0; i <= 4; i++) {
            double y = bottom - plotHeight() * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    LEFT - 6,
                    y + 4,
                    number(max * i / 4)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>",
                LEFT,
                bottom,
                WIDTH - RIGHT,
                bottom));
    }

    private static void categoryLabel(StringBuilder svg, double x, String label, boolean rotate) {
        int y = TOP + plotHeight() + 16;
        String text = escape(label.length() > 18 ? label.substring(0, 17) + "…" : label);
        if (rotate) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\" transform=\"rotate(-45 %.1f %d)\">%s</text>",
                    x,
                    y,
                    x,
                    y,
                    text));
        } else {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    x,
                    y,
                    text));
        }
    }

    private static void legend(StringBuilder svg, List<String> names) {
        if (names.size() < 2) {
            return;
        }
        int x = LEFT;
        int y = HEIGHT - 14;
        for (int i = 0; i < names.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    x,
                    y - 9,
                    PALETTE[i % PALETTE.length]));
            String name = escape(names.get(i));
            svg.append(String.format(
                    Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#111\">%s</text>", x + 14, y, name));
            x += 24 + Math.min(160, names.get(i).length() * 7);
        }
    }

    private static String number(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
