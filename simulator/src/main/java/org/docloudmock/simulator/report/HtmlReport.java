package org.docloudmock.simulator.report;

import java.util.List;
import java.util.Locale;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.simulator.scenario.ByteSize;

/**
 * The report as one self-contained HTML page: summary cards, bytes by source per network, completion over
 * time, and the tables. Charts are inline SVG; no script, no CDN, so it opens anywhere, offline.
 */
public final class HtmlReport {

    private static final String[] NETWORK_COLORS = {"#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2",
            "#65a30d", "#dc2626", "#4b5563", "#ca8a04"};
    private static final Source[] SOURCES = {
            new Source("LAN peers", "#16a34a"), new Source("Group peers", "#0d9488"),
            new Source("Internet peers", "#7c3aed"), new Source("Cache server", "#f59e0b"), new Source("CDN", "#94a3b8")};
    private static final int CHART_WIDTH = 920;

    private HtmlReport() {
    }

    private record Source(String label, String color) {
    }

    public static String render(ScenarioReport report) {
        StringBuilder html = new StringBuilder();
        ScenarioReport.Totals totals = report.totals();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>DO simulation: ").append(escape(report.scenario())).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(report.scenario()))
                .append("</h1>\n<p>Content <code>").append(escape(totals.contentId())).append("</code>, ")
                .append(ByteSize.format(totals.fileSize())).append(", ").append(totals.devices()).append(" devices in ")
                .append(report.networks().size()).append(report.networks().size() == 1 ? " network" : " networks")
                .append(totals.timedOut() ? " &mdash; <strong class=\"bad\">timed out</strong>" : "").append("</p>\n</header>\n");
        cards(html, totals);
        html.append("<section>\n<h2>Bytes by source, per network</h2>\n");
        bytesBySource(html, report.networks());
        html.append("</section>\n<section>\n<h2>Completion over time</h2>\n")
                .append("<p class=\"hint\">Average progress of each network's devices; a dot marks the moment its last device finished.</p>\n");
        completion(html, report);
        html.append("</section>\n<section>\n<h2>Networks</h2>\n");
        networkTable(html, report.networks());
        html.append("</section>\n<section>\n<h2>Devices</h2>\n");
        deviceTable(html, report.devices());
        html.append("</section>\n<footer>DO Cloud Mock simulator. Field names are those of DO's Get-DeliveryOptimizationStatus; ")
                .append("as in DO, BytesFromHttp counts the CDN's bytes and BytesFromCacheServer the cache server's. Peer ")
                .append("efficiency is the troubleshooter's, from PerfSnapThisMonth: (LAN + Internet) / (HTTP + LAN + Internet), ")
                .append("HTTP with the cache server's bytes and Group peers counted nowhere, as PerfSnapThisMonth has no Group ")
                .append("field; &ldquo;with Group&rdquo; adds Group peers' bytes to the peers'. The ideal CDN bytes are one copy per group of ")
                .append("devices that may peer with each other, plus one per device that ran over HTTP only.</footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static void cards(StringBuilder html, ScenarioReport.Totals totals) {
        SourceBytes bytes = totals.bytes();
        html.append("<section class=\"cards\">\n");
        card(html, "Verified", totals.verified() + " / " + totals.devices(), totals.verified() == totals.devices() ? "good" : "bad",
                totals.finished() + " finished");
        card(html, "From peers", String.format(Locale.ROOT, "%.1f%%", bytes.percentPeerCaching()), "",
                ByteSize.format(bytes.fromPeers()) + " of " + ByteSize.format(bytes.total()));
        card(html, "Peer efficiency", String.format(Locale.ROOT, "%.1f%%", bytes.peerEfficiency()), "",
                String.format(Locale.ROOT, "as the troubleshooter computes it; with Group %.1f%%", bytes.peerEfficiencyWithGroup()));
        card(html, "CDN bytes / ideal", String.format(Locale.ROOT, "%.2f", totals.cdnRatio()), totals.cdnRatio() <= 1.25 ? "good" : "",
                ByteSize.format(totals.bytesFromCdn()) + " for an ideal " + ByteSize.format(totals.idealBytesFromCdn()));
        card(html, "Banned peers", String.valueOf(totals.bannedPeers()), "", "bans, counted by each device that banned");
        card(html, "Wall time", String.format(Locale.ROOT, "%.1f s", totals.wallSeconds()), "", "until the last device finished");
        html.append("</section>\n");
    }

    private static void card(StringBuilder html, String title, String value, String tone, String detail) {
        html.append("<div class=\"card\"><div class=\"title\">").append(escape(title)).append("</div><div class=\"value ")
                .append(tone).append("\">").append(escape(value)).append("</div><div class=\"detail\">")
                .append(escape(detail)).append("</div></div>\n");
    }

    private static void bytesBySource(StringBuilder html, List<ScenarioReport.NetworkRow> networks) {
        int labelWidth = 150;
        int barWidth = CHART_WIDTH - labelWidth - 20;
        int rowHeight = 36;
        int height = networks.size() * rowHeight + 40;
        long max = networks.stream().mapToLong(network -> network.bytes().total()).max().orElse(1);
        html.append(svgOpen(height, "Bytes each network received, by source"));
        for (int i = 0; i < networks.size(); i++) {
            ScenarioReport.NetworkRow network = networks.get(i);
            SourceBytes bytes = network.bytes();
            long[] values = {bytes.fromLanPeers(), bytes.fromGroupPeers(), bytes.fromInternetPeers(), bytes.fromCacheServer(), bytes.fromCdn()};
            int y = 10 + i * rowHeight;
            html.append(text(labelWidth - 10, y + 21, "end", "label", network.name()));
            double x = labelWidth;
            for (int s = 0; s < SOURCES.length; s++) {
                double width = max == 0 ? 0 : (double) values[s] / max * barWidth;
                if (width <= 0) {
                    continue;
                }
                html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"26\" rx=\"3\" fill=\"%s\">"
                        + "<title>%s, %s: %s</title></rect>%n", x, y + 2, width, SOURCES[s].color(), escape(network.name()),
                        SOURCES[s].label(), ByteSize.format(values[s])));
                if (width > 70) {
                    html.append(text(x + width / 2, y + 20, "middle", "inbar", ByteSize.format(values[s])));
                }
                x += width;
            }
        }
        int legendY = height - 14;
        double legendX = labelWidth;
        for (Source source : SOURCES) {
            html.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%d\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>%n",
                    legendX, legendY - 10, source.color()));
            html.append(text(legendX + 17, legendY, "start", "legend", source.label()));
            legendX += 30 + source.label().length() * 7.5;
        }
        html.append("</svg>\n");
    }

    private static void completion(StringBuilder html, ScenarioReport report) {
        List<ScenarioReport.TimelinePoint> timeline = report.timeline();
        int left = 50;
        int right = 20;
        int top = 15;
        int plotHeight = 260;
        int height = top + plotHeight + 70;
        int plotWidth = CHART_WIDTH - left - right;
        double maxSeconds = Math.max(1, timeline.isEmpty() ? 1 : timeline.get(timeline.size() - 1).seconds());
        html.append(svgOpen(height, "Average progress of each network over time"));
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = top + plotHeight - percent / 100.0 * plotHeight;
            html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>%n",
                    left, y, left + plotWidth, y));
            html.append(text(left - 8, y + 4, "end", "axis", percent + "%"));
        }
        double tick = niceStep(maxSeconds / 6);
        for (double seconds = 0; seconds <= maxSeconds + 1e-9; seconds += tick) {
            double x = left + seconds / maxSeconds * plotWidth;
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>%n",
                    x, top, x, top + plotHeight));
            html.append(text(x, top + plotHeight + 18, "middle", "axis", trimmed(seconds) + " s"));
        }
        for (int n = 0; n < report.networks().size(); n++) {
            String name = report.networks().get(n).name();
            String color = NETWORK_COLORS[n % NETWORK_COLORS.length];
            StringBuilder points = new StringBuilder();
            Double doneAt = null;
            for (ScenarioReport.TimelinePoint point : timeline) {
                ScenarioReport.NetworkPoint network = point.networks().get(n);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + point.seconds() / maxSeconds * plotWidth,
                        top + plotHeight - network.percent() / 100 * plotHeight));
                if (doneAt == null && network.finished() == report.networks().get(n).devices()) {
                    doneAt = point.seconds();
                }
            }
            html.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2.5\" points=\"")
                    .append(points.toString().trim()).append("\"><title>").append(escape(name)).append("</title></polyline>\n");
            if (doneAt != null) {
                html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"><title>%s: all devices finished at %.1f s</title></circle>%n",
                        left + doneAt / maxSeconds * plotWidth, top, color, escape(name), doneAt));
            }
            double legendX = left + (n % 5) * 170;
            int legendY = top + plotHeight + 42 + (n / 5) * 18;
            html.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>%n",
                    legendX, legendY - 5, color));
            html.append(text(legendX + 20, legendY, "start", "legend", name));
        }
        html.append("</svg>\n");
    }

    private static void networkTable(StringBuilder html, List<ScenarioReport.NetworkRow> networks) {
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Network</th><th>External IP</th><th>Mode</th><th>Devices</th><th>Finished</th>")
                .append("<th>Verified</th><th>Banned</th><th>LAN</th><th>Group</th><th>Internet</th><th>HTTP</th>")
                .append("<th>Cache server</th><th>Peer caching</th><th>Peer efficiency</th><th>with Group</th></tr></thead>\n<tbody>\n");
        for (ScenarioReport.NetworkRow network : networks) {
            SourceBytes bytes = network.bytes();
            html.append("<tr><td>").append(escape(network.name())).append("</td><td>").append(escape(network.externalIp()))
                    .append("</td>").append(number(network.downloadMode() + (network.groupId() == null ? "" : " (" + network.groupId() + ")")))
                    .append(number(network.devices())).append(number(network.finished()))
                    .append(network.verified() == network.devices() ? number(network.verified())
                            : "<td class=\"num bad\">" + network.verified() + "</td>")
                    .append(number(network.bannedPeers())).append(number(mib(bytes.fromLanPeers())))
                    .append(number(mib(bytes.fromGroupPeers()))).append(number(mib(bytes.fromInternetPeers())))
                    .append(number(mib(bytes.fromHttp()))).append(number(mib(bytes.fromCacheServer())))
                    .append(number(String.format(Locale.ROOT, "%.1f%%", bytes.percentPeerCaching())))
                    .append(number(String.format(Locale.ROOT, "%.1f%%", bytes.peerEfficiency())))
                    .append(number(String.format(Locale.ROOT, "%.1f%%", bytes.peerEfficiencyWithGroup()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void deviceTable(StringBuilder html, List<ScenarioReport.DeviceRow> devices) {
        html.append("<div class=\"scroll\"><table>\n<thead><tr><th>Device</th><th>Network</th><th>Status</th><th>Mode</th><th>Verified</th>")
                .append("<th>Banned</th><th>NumPeers</th><th>LAN</th><th>Group</th><th>Internet</th><th>HTTP</th>")
                .append("<th>Cache server</th><th>Peer caching</th><th>Finished after</th><th>Note</th></tr></thead>\n<tbody>\n");
        for (ScenarioReport.DeviceRow device : devices) {
            DownloadStatus status = device.status();
            String note = (device.faulty() ? "serves corrupted pieces" : "")
                    + (status.reason() == null ? "" : (device.faulty() ? "; " : "") + status.reason());
            html.append("<tr><td>").append(escape(device.name())).append("</td><td>").append(escape(device.network()))
                    .append("</td><td><span class=\"badge ").append(status.status().toLowerCase(Locale.ROOT)).append("\">")
                    .append(escape(status.status())).append("</span></td>").append(number(status.downloadMode()))
                    .append(status.verified() ? "<td class=\"good\">yes</td>" : "<td class=\"bad\">no</td>")
                    .append(number(status.bannedPeers())).append(number(status.numPeers()))
                    .append(number(mib(status.bytesFromLanPeers()))).append(number(mib(status.bytesFromGroupPeers())))
                    .append(number(mib(status.bytesFromInternetPeers()))).append(number(mib(status.bytesFromHttp())))
                    .append(number(mib(status.bytesFromCacheServer())))
                    .append(number(String.format(Locale.ROOT, "%.1f%%", status.percentPeerCaching())))
                    .append(number(device.finishedAfterSeconds() == null ? "&ndash;"
                            : String.format(Locale.ROOT, "%.1f s", device.finishedAfterSeconds())))
                    .append("<td class=\"note\">").append(escape(note)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static String svgOpen(int height, String label) {
        return String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">%n", CHART_WIDTH, height, escape(label));
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>%n",
                x, y, anchor, cssClass, escape(content));
    }

    private static String number(Object value) {
        return "<td class=\"num\">" + value + "</td>";
    }

    private static String mib(long bytes) {
        return bytes == 0 ? "0" : TextReport.mib(bytes);
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
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            :root { color-scheme: light; --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
                   margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; background: #f8fafc; }
            header h1 { margin: 0 0 4px; font-size: 26px; }
            header p { margin: 0 0 20px; color: var(--muted); }
            h2 { font-size: 18px; margin: 32px 0 8px; }
            section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 4px 20px 16px; margin-top: 18px; }
            section.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; background: none; border: none; padding: 0; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
            .card .title { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
            .card .value { font-size: 28px; font-weight: 650; margin: 6px 0 2px; }
            .card .detail { color: var(--muted); font-size: 12.5px; }
            .good { color: #15803d; } .bad { color: #b91c1c; }
            .hint { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
            svg text { font-family: inherit; }
            svg .label { font-size: 14px; fill: var(--ink); } svg .inbar { font-size: 12px; fill: #fff; font-weight: 600; }
            svg .legend { font-size: 13px; fill: var(--ink); } svg .axis { font-size: 12px; fill: var(--muted); }
            svg .grid { stroke: var(--line); stroke-width: 1; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
            th, td { padding: 5px 6px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
            th { color: var(--muted); font-weight: 600; background: #f8fafc; position: sticky; top: 0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.note { white-space: normal; color: var(--muted); max-width: 260px; }
            .badge { padding: 2px 8px; border-radius: 999px; font-size: 12px; background: #e2e8f0; }
            .badge.caching { background: #dcfce7; color: #166534; } .badge.complete { background: #dbeafe; color: #1e40af; }
            .badge.failed, .badge.notstarted { background: #fee2e2; color: #991b1b; } .badge.downloading { background: #fef3c7; color: #92400e; }
            footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
            """;
}
