package org.crampcare.app.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Series} as SVG that a strict Content-Security-Policy allows: presentation attributes
 * ({@code fill}, {@code stroke}) give the light colours, which the PDF uses as they are, and every shape has a class
 * ({@code chart-bar}, {@code chart-text}, ...) that the stylesheets colour from the theme's variables (a CSS rule
 * wins over a presentation attribute), so the dark theme recolours it. No {@code style} attribute anywhere.
 *
 * <p>The drawing is 360 by 200 units, the width of a small phone, and scales with its container; at most seven
 * labels stand under the axis so they never overlap. Words come in {@link ChartTexts}; numbers are drawn with
 * {@link Chart#format}. Pure and thread-safe.
 */
public final class SvgCharts {
    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    static final int LEFT = 40;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 44;
    static final int MAX_X_LABELS = 7;
    /** Room for the names of the rows (places) in a {@code ROWS} chart. */
    static final int ROWS_LEFT = 118;
    static final String INK = "#1a1a1a";
    static final String MUTED = "#4a4a4a";
    static final String LINE = "#c9d3d8";
    static final String BRAND = "#0b4f6c";

    private SvgCharts() {
    }

    public static Chart draw(ChartKind kind, Series series, ChartTexts texts, Locale locale) {
        List<Chart.Row> rows = series.points().stream()
                .map(p -> new Chart.Row(p.label(), Chart.format(p.value(), locale))).toList();
        return new Chart(kind, texts, series, rows, svg(kind, series, texts, locale));
    }

    static String svg(ChartKind kind, Series series, ChartTexts texts, Locale locale) {
        String id = "chart-" + kind.id();
        StringBuilder b = new StringBuilder(2048 + series.points().size() * 160);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-").append(kind.id())
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">");
        b.append("<title id=\"").append(id).append("-title\">").append(xml(texts.title())).append("</title>");
        b.append("<desc id=\"").append(id).append("-desc\">").append(xml(texts.description())).append(' ')
                .append(xml(series.isEmpty() ? texts.empty() : texts.summary())).append("</desc>");
        if (kind.shape() == ChartKind.Shape.ROWS) {
            return rows(b, kind, series, texts, locale);
        }
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int baseY = TOP + plotH;
        double top = kind.fixedMax().orElse(niceMax(series.max()));
        // value axis: grid lines and numbers at 0, half and the top
        for (double v : ticks(top)) {
            double y = baseY - v / top * plotH;
            b.append("<line class=\"chart-grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
                    .append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(LINE)
                    .append("\" stroke-width=\"1\"/>");
            b.append("<text class=\"chart-text chart-tick\" x=\"").append(LEFT - 4).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">").append(xml(Chart.format(v, locale)))
                    .append("</text>");
        }
        b.append("<line class=\"chart-axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW).append("\" y1=\"")
                .append(baseY).append("\" y2=\"").append(baseY).append("\" stroke=\"").append(MUTED)
                .append("\" stroke-width=\"1.5\"/>");
        b.append("<line class=\"chart-axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(baseY).append("\" stroke=\"").append(MUTED)
                .append("\" stroke-width=\"1.5\"/>");
        List<Point> points = series.points();
        if (series.isEmpty()) {
            b.append("<text class=\"chart-text chart-empty\" x=\"").append(LEFT + plotW / 2).append("\" y=\"")
                    .append(TOP + plotH / 2).append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"").append(INK)
                    .append("\">").append(xml(texts.empty())).append("</text>");
        } else {
            double band = (double) plotW / points.size();
            if (kind.shape() == ChartKind.Shape.BARS) {
                double barW = Math.max(1, band * 0.72);
                for (int i = 0; i < points.size(); i++) {
                    Point p = points.get(i);
                    double h = Math.min(p.value(), top) / top * plotH;
                    b.append("<rect class=\"chart-bar\" x=\"").append(n(LEFT + i * band + (band - barW) / 2))
                            .append("\" y=\"").append(n(baseY - h)).append("\" width=\"").append(n(barW))
                            .append("\" height=\"").append(n(h)).append("\" fill=\"").append(BRAND).append("\"><title>")
                            .append(xml(p.label())).append(": ").append(xml(Chart.format(p.value(), locale)))
                            .append("</title></rect>");
                }
            } else {
                StringBuilder line = new StringBuilder();
                StringBuilder dots = new StringBuilder();
                for (int i = 0; i < points.size(); i++) {
                    Point p = points.get(i);
                    double x = LEFT + i * band + band / 2;
                    double y = baseY - Math.min(p.value(), top) / top * plotH;
                    line.append(i == 0 ? "" : " ").append(n(x)).append(',').append(n(y));
                    dots.append("<circle class=\"chart-point\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                            .append("\" r=\"").append(points.size() > 60 ? "1.5" : "3").append("\" fill=\"").append(BRAND)
                            .append("\"><title>").append(xml(p.label())).append(": ")
                            .append(xml(Chart.format(p.value(), locale))).append("</title></circle>");
                }
                b.append("<polyline class=\"chart-line\" points=\"").append(line).append("\" fill=\"none\" stroke=\"")
                        .append(BRAND).append("\" stroke-width=\"2\"/>").append(dots);
            }
            // labels under the axis: at most MAX_X_LABELS, evenly spaced, always the first
            int every = (int) Math.ceil(points.size() / (double) MAX_X_LABELS);
            for (int i = 0; i < points.size(); i += every) {
                double x = LEFT + i * band + band / 2;
                b.append("<text class=\"chart-text chart-tick\" x=\"").append(n(x)).append("\" y=\"").append(baseY + 14)
                        .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
                        .append(xml(points.get(i).label())).append("</text>");
            }
        }
        b.append("<text class=\"chart-text chart-axis-title\" x=\"").append(LEFT + plotW / 2).append("\" y=\"")
                .append(HEIGHT - 8).append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
                .append(xml(texts.xAxis())).append("</text>");
        b.append("<text class=\"chart-text chart-axis-title\" x=\"12\" y=\"").append(TOP + plotH / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").append(TOP + plotH / 2)
                .append(")\" fill=\"").append(INK).append("\">").append(xml(texts.yAxis())).append("</text>");
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, one row per point, its label on the left: for categories with long names (places). */
    private static String rows(StringBuilder b, ChartKind kind, Series series, ChartTexts texts, Locale locale) {
        int left = ROWS_LEFT;
        int plotW = WIDTH - left - RIGHT - 16;
        int plotH = HEIGHT - TOP - BOTTOM;
        int baseY = TOP + plotH;
        double top = kind.fixedMax().orElse(niceMax(series.max()));
        for (double v : ticks(top)) {
            double x = left + v / top * plotW;
            b.append("<line class=\"chart-grid\" x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(baseY).append("\" stroke=\"").append(LINE)
                    .append("\" stroke-width=\"1\"/>");
            b.append("<text class=\"chart-text chart-tick\" x=\"").append(n(x)).append("\" y=\"").append(baseY + 14)
                    .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
                    .append(xml(Chart.format(v, locale))).append("</text>");
        }
        b.append("<line class=\"chart-axis\" x1=\"").append(left).append("\" x2=\"").append(left).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(baseY).append("\" stroke=\"").append(MUTED)
                .append("\" stroke-width=\"1.5\"/>");
        List<Point> points = series.points();
        if (series.isEmpty()) {
            b.append("<text class=\"chart-text chart-empty\" x=\"").append(WIDTH / 2).append("\" y=\"")
                    .append(TOP + plotH / 2).append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"").append(INK)
                    .append("\">").append(xml(texts.empty())).append("</text>");
        } else {
            double band = (double) plotH / points.size();
            double barH = Math.max(1, band * 0.68);
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                double w = Math.min(p.value(), top) / top * plotW;
                double y = TOP + i * band + (band - barH) / 2;
                b.append("<text class=\"chart-text chart-tick\" x=\"").append(left - 4).append("\" y=\"")
                        .append(n(y + barH / 2 + 4)).append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">")
                        .append(xml(p.label())).append("</text>");
                b.append("<rect class=\"chart-bar\" x=\"").append(left).append("\" y=\"").append(n(y))
                        .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(barH)).append("\" fill=\"")
                        .append(BRAND).append("\"><title>").append(xml(p.label())).append(": ")
                        .append(xml(Chart.format(p.value(), locale))).append("</title></rect>");
                b.append("<text class=\"chart-text chart-value\" x=\"").append(n(left + w + 3)).append("\" y=\"")
                        .append(n(y + barH / 2 + 4)).append("\" fill=\"").append(INK).append("\">")
                        .append(xml(Chart.format(p.value(), locale))).append("</text>");
            }
        }
        b.append("<text class=\"chart-text chart-axis-title\" x=\"").append(left + plotW / 2).append("\" y=\"")
                .append(HEIGHT - 8).append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
                .append(xml(texts.yAxis())).append("</text>");
        b.append("<text class=\"chart-text chart-axis-title\" x=\"").append(left - 4).append("\" y=\"").append(TOP - 1)
                .append("\" text-anchor=\"end\" fill=\"").append(INK).append("\">").append(xml(texts.xAxis()))
                .append("</text>");
        return b.append("</svg>").toString();
    }

    /** The top of an automatic value axis: a round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), at least the largest value and 1. */
    static double niceMax(double max) {
        if (max <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double[] ticks(double top) {
        return top <= 1 ? new double[] { 0, top } : new double[] { 0, top / 2, top };
    }

    /** A coordinate with at most one decimal, in XML's (not the locale's) notation. */
    private static String n(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** Text for SVG (and so for XHTML): the five XML specials escaped, control characters dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
