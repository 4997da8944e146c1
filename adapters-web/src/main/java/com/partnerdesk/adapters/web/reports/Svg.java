package com.partnerdesk.adapters.web.reports;

import gg.jte.Content;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG, inline in the page: no script, nothing fetched. Each has a title and a description
 * for screen readers (the page also gives its figures as a table). Two shapes: horizontal bars (one value per label)
 * and columns (one column per step, its series stacked). Pure functions; every text is escaped.
 */
public final class Svg {
    static final String INK = "#1f2933";
    static final String MUTED = "#52606d";
    static final String GRID = "#d9e2ec";
    static final int WIDTH = 720;

    private Svg() {
    }

    /** A bar: its label, its value (drawn against {@code max}) and the words written beside it. */
    public record Bar(String label, double value, String valueText) {
    }

    /** A series of columns: its name (in the legend), its colour, one value per step. */
    public record Series(String name, String colour, List<Integer> values) {
    }

    /** Horizontal bars, values from 0 to {@code max}. */
    public static Content bars(String id, String title, String description, List<Bar> bars, double max, String colour) {
        int labelWidth = 250;
        int barArea = WIDTH - labelWidth - 170;
        int rowHeight = 30;
        int height = Math.max(1, bars.size()) * rowHeight + 10;
        StringBuilder svg = open(id, title, description, height);
        if (bars.isEmpty()) {
            text(svg, 10, 24, "start", MUTED, "Nothing to show for this period.");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * rowHeight;
            double share = max <= 0 ? 0 : Math.min(1, Math.max(0, bar.value() / max));
            int w = (int) Math.round(barArea * share);
            text(svg, labelWidth - 8, y + 19, "end", INK, bar.label());
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(barArea).append("\" height=\"20\" fill=\"").append(GRID).append("\" fill-opacity=\"0.4\"/>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"20\" fill=\"").append(colour).append("\"/>");
            text(svg, labelWidth + barArea + 8, y + 19, "start", INK, bar.valueText());
        }
        return close(svg);
    }

    /**
     * Columns, one per step, the series stacked from the bottom; a label under every few steps so they never overlap,
     * a legend when there is more than one series.
     */
    public static Content columns(String id, String title, String description, List<String> steps, List<Series> series) {
        int left = 44;
        int top = series.size() > 1 ? 34 : 12;
        int plotHeight = 180;
        int bottom = top + plotHeight;
        int height = bottom + 30;
        int plotWidth = WIDTH - left - 10;
        int max = 0;
        for (int i = 0; i < steps.size(); i++) {
            int sum = 0;
            for (Series s : series) {
                sum += s.values().get(i);
            }
            max = Math.max(max, sum);
        }
        int scale = niceCeiling(max);
        StringBuilder svg = open(id, title, description, height);
        if (series.size() > 1) {
            int x = left;
            for (Series s : series) {
                svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                        .append(s.colour()).append("\"/>");
                text(svg, x + 20, 18, "start", INK, s.name());
                x += 28 + s.name().length() * 7;
            }
        }
        for (int tick : List.of(0, scale / 2, scale)) {
            double y = bottom - (double) plotHeight * tick / scale;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotWidth).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(GRID).append("\"/>");
            text(svg, left - 6, (int) Math.round(y) + 4, "end", MUTED, String.valueOf(tick));
        }
        int n = Math.max(1, steps.size());
        double slot = (double) plotWidth / n;
        double columnWidth = Math.max(1, slot * 0.7);
        int every = (int) Math.ceil(n / 8.0);
        for (int i = 0; i < steps.size(); i++) {
            double x = left + i * slot + (slot - columnWidth) / 2;
            double y = bottom;
            for (Series s : series) {
                int value = s.values().get(i);
                if (value > 0) {
                    double h = (double) plotHeight * value / scale;
                    y -= h;
                    svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                            .append(fmt(columnWidth)).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
                            .append(s.colour()).append("\"><title>").append(escape(steps.get(i) + ": " + value + " "
                                    + s.name().toLowerCase(Locale.ROOT))).append("</title></rect>");
                }
            }
            if (i % every == 0) {
                text(svg, (int) Math.round(x + columnWidth / 2), bottom + 18, "middle", MUTED, steps.get(i));
            }
        }
        return close(svg);
    }

    /** The smallest even whole number at or above {@code max} (at least 2), so the middle grid line is whole too. */
    static int niceCeiling(int max) {
        int ceiling = Math.max(2, max);
        return ceiling % 2 == 0 ? ceiling : ceiling + 1;
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id))
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static Content close(StringBuilder svg) {
        String done = svg.append("</svg>").toString();
        return out -> out.writeContent(done);
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String colour, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
