package org.docloudmock.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docloudmock.simulator.scenario.ByteSize;

/**
 * The geometry of the HTML report's two inline SVG charts, with every number already formatted: the template
 * only places what this computes.
 */
final class ReportCharts {

    static final int WIDTH = 920;

    private static final String[] NETWORK_COLORS = {"#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2",
            "#65a30d", "#dc2626", "#4b5563", "#ca8a04"};
    private static final Source[] SOURCES = {
            new Source("LAN peers", "#16a34a"), new Source("Group peers", "#0d9488"),
            new Source("Internet peers", "#7c3aed"), new Source("Cache server", "#f59e0b"), new Source("CDN", "#94a3b8")};

    private ReportCharts() {
    }

    private record Source(String label, String color) {
    }

    record Text(String x, String y, String anchor, String cssClass, String content) {
        Text(double x, double y, String anchor, String cssClass, String content) {
            this(decimal(x), decimal(y), anchor, cssClass, content);
        }
    }

    record Line(String x1, String y1, String x2, String y2) {
    }

    record Bar(String x, int y, String width, String color, String title, Text inBar) {
    }

    record BarRow(Text label, List<Bar> bars) {
    }

    /** A legend swatch: a square for a source, a short stroke for a network. */
    record Swatch(String x, int y, String color, Text text) {
    }

    record Gridline(Line line, Text text) {
    }

    record Dot(String cx, int cy, String color, String title) {
    }

    record Series(String color, String points, String name, Dot finished, Swatch legend) {
    }

    record BytesChart(int width, int height, String label, List<BarRow> rows, List<Swatch> legend) {
    }

    record CompletionChart(int width, int height, String label, List<Gridline> grid, List<Series> series) {
    }

    static BytesChart bytesBySource(List<ScenarioReport.NetworkRow> networks) {
        int labelWidth = 150;
        int barWidth = WIDTH - labelWidth - 20;
        int rowHeight = 36;
        int height = networks.size() * rowHeight + 40;
        long max = networks.stream().mapToLong(network -> network.bytes().total()).max().orElse(1);
        List<BarRow> rows = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) {
            ScenarioReport.NetworkRow network = networks.get(i);
            SourceBytes bytes = network.bytes();
            long[] values = {bytes.fromLanPeers(), bytes.fromGroupPeers(), bytes.fromInternetPeers(), bytes.fromCacheServer(), bytes.fromCdn()};
            int y = 10 + i * rowHeight;
            List<Bar> bars = new ArrayList<>();
            double x = labelWidth;
            for (int s = 0; s < SOURCES.length; s++) {
                double width = max == 0 ? 0 : (double) values[s] / max * barWidth;
                if (width <= 0) {
                    continue;
                }
                String size = ByteSize.format(values[s]);
                bars.add(new Bar(decimal(x), y + 2, decimal(width), SOURCES[s].color(),
                        network.name() + ", " + SOURCES[s].label() + ": " + size,
                        width > 70 ? new Text(x + width / 2, y + 20, "middle", "inbar", size) : null));
                x += width;
            }
            rows.add(new BarRow(new Text(labelWidth - 10, y + 21, "end", "label", network.name()), bars));
        }
        int legendY = height - 14;
        double legendX = labelWidth;
        List<Swatch> legend = new ArrayList<>();
        for (Source source : SOURCES) {
            legend.add(new Swatch(whole(legendX), legendY - 10, source.color(),
                    new Text(legendX + 17, legendY, "start", "legend", source.label())));
            legendX += 30 + source.label().length() * 7.5;
        }
        return new BytesChart(WIDTH, height, "Bytes each network received, by source", rows, legend);
    }

    static CompletionChart completion(ScenarioReport report) {
        List<ScenarioReport.TimelinePoint> timeline = report.timeline();
        int left = 50;
        int top = 15;
        int plotHeight = 260;
        int plotWidth = WIDTH - left - 20;
        double maxSeconds = Math.max(1, timeline.isEmpty() ? 1 : timeline.get(timeline.size() - 1).seconds());
        List<Gridline> grid = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = top + plotHeight - percent / 100.0 * plotHeight;
            grid.add(new Gridline(new Line(String.valueOf(left), decimal(y), String.valueOf(left + plotWidth), decimal(y)),
                    new Text(left - 8, y + 4, "end", "axis", percent + "%")));
        }
        double tick = niceStep(maxSeconds / 6);
        for (double seconds = 0; seconds <= maxSeconds + 1e-9; seconds += tick) {
            double x = left + seconds / maxSeconds * plotWidth;
            grid.add(new Gridline(new Line(decimal(x), String.valueOf(top), decimal(x), String.valueOf(top + plotHeight)),
                    new Text(x, top + plotHeight + 18, "middle", "axis", trimmed(seconds) + " s")));
        }
        List<Series> series = new ArrayList<>();
        for (int n = 0; n < report.networks().size(); n++) {
            String name = report.networks().get(n).name();
            String color = NETWORK_COLORS[n % NETWORK_COLORS.length];
            List<String> points = new ArrayList<>();
            Double doneAt = null;
            for (ScenarioReport.TimelinePoint point : timeline) {
                ScenarioReport.NetworkPoint network = point.networks().get(n);
                points.add(decimal(left + point.seconds() / maxSeconds * plotWidth) + ","
                        + decimal(top + plotHeight - network.percent() / 100 * plotHeight));
                if (doneAt == null && network.finished() == report.networks().get(n).devices()) {
                    doneAt = point.seconds();
                }
            }
            Dot finished = doneAt == null ? null : new Dot(decimal(left + doneAt / maxSeconds * plotWidth), top, color,
                    name + ": all devices finished at " + decimal(doneAt) + " s");
            double legendX = left + (n % 5) * 170;
            int legendY = top + plotHeight + 42 + (n / 5) * 18;
            series.add(new Series(color, String.join(" ", points), name, finished, new Swatch(whole(legendX), legendY - 5, color,
                    new Text(legendX + 20, legendY, "start", "legend", name))));
        }
        return new CompletionChart(WIDTH, top + plotHeight + 70, "Average progress of each network over time", grid, series);
    }

    /** 1, 2, 2.5 or 5 times a power of ten: tick steps a reader takes in at a glance. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-6))));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String trimmed(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : decimal(value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
