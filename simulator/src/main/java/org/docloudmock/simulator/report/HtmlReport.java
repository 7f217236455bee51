package org.docloudmock.simulator.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.simulator.scenario.ByteSize;

/**
 * The report as one self-contained HTML page: summary cards, bytes by source per network, completion over
 * time, and the tables. Charts are inline SVG; no script, no CDN, so it opens anywhere, offline. The page is
 * {@code report.mustache}, which escapes every value it writes: names, group ids and reasons come from the
 * scenario and the devices.
 */
public final class HtmlReport {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/docloudmock/simulator/report")
            .compile("report.mustache");

    private HtmlReport() {
    }

    record Page(String scenario, String contentId, String fileSize, int devices, String networkCount, boolean timedOut,
                List<Card> cards, ReportCharts.BytesChart bytesChart, ReportCharts.CompletionChart completionChart,
                List<NetworkLine> networks, List<DeviceLine> deviceLines) {
    }

    record Card(String title, String value, String tone, String detail) {
    }

    record NetworkLine(String name, String externalIp, String mode, int devices, long finished, String verifiedClass,
                       long verified, long banned, String lan, String group, String internet, String http, String cacheServer,
                       String peerCaching, String peerEfficiency, String withGroup) {
    }

    record DeviceLine(String name, String network, String status, String statusClass, int mode, boolean verified,
                      int banned, long numPeers, String lan, String group, String internet, String http, String cacheServer,
                      String peerCaching, String finishedAfter, String note) {
    }

    public static String render(ScenarioReport report) {
        ScenarioReport.Totals totals = report.totals();
        int networks = report.networks().size();
        Page page = new Page(report.scenario(), totals.contentId(), ByteSize.format(totals.fileSize()), totals.devices(),
                networks + (networks == 1 ? " network" : " networks"), totals.timedOut(), cards(totals),
                ReportCharts.bytesBySource(report.networks()), ReportCharts.completion(report),
                report.networks().stream().map(HtmlReport::networkLine).toList(),
                report.devices().stream().map(HtmlReport::deviceLine).toList());
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, page);
        return html.toString();
    }

    private static List<Card> cards(ScenarioReport.Totals totals) {
        SourceBytes bytes = totals.bytes();
        return List.of(
                new Card("Verified", totals.verified() + " / " + totals.devices(),
                        totals.verified() == totals.devices() ? "good" : "bad", totals.finished() + " finished"),
                new Card("From peers", percent(bytes.percentPeerCaching()), "",
                        ByteSize.format(bytes.fromPeers()) + " of " + ByteSize.format(bytes.total())),
                new Card("Peer efficiency", percent(bytes.peerEfficiency()), "",
                        "as the troubleshooter computes it; with Group " + percent(bytes.peerEfficiencyWithGroup())),
                new Card("CDN bytes / ideal", String.format(Locale.ROOT, "%.2f", totals.cdnRatio()),
                        totals.cdnRatio() <= 1.25 ? "good" : "",
                        ByteSize.format(totals.bytesFromCdn()) + " for an ideal " + ByteSize.format(totals.idealBytesFromCdn())),
                new Card("Banned peers", String.valueOf(totals.bannedPeers()), "", "bans, counted by each device that banned"),
                new Card("Wall time", ReportCharts.decimal(totals.wallSeconds()) + " s", "", "until the last device finished"));
    }

    private static NetworkLine networkLine(ScenarioReport.NetworkRow network) {
        SourceBytes bytes = network.bytes();
        return new NetworkLine(network.name(), network.externalIp(),
                network.downloadMode() + (network.groupId() == null ? "" : " (" + network.groupId() + ")"),
                network.devices(), network.finished(), network.verified() == network.devices() ? "num" : "num bad",
                network.verified(), network.bannedPeers(), mib(bytes.fromLanPeers()), mib(bytes.fromGroupPeers()),
                mib(bytes.fromInternetPeers()), mib(bytes.fromHttp()), mib(bytes.fromCacheServer()),
                percent(bytes.percentPeerCaching()), percent(bytes.peerEfficiency()), percent(bytes.peerEfficiencyWithGroup()));
    }

    private static DeviceLine deviceLine(ScenarioReport.DeviceRow device) {
        DownloadStatus status = device.status();
        String note = (device.faulty() ? "serves corrupted pieces" : "")
                + (status.reason() == null ? "" : (device.faulty() ? "; " : "") + status.reason());
        return new DeviceLine(device.name(), device.network(), status.status().text(), status.status().text().toLowerCase(Locale.ROOT),
                status.downloadMode(), status.verified(), status.bannedPeers(), status.numPeers(),
                mib(status.bytesFromLanPeers()), mib(status.bytesFromGroupPeers()), mib(status.bytesFromInternetPeers()),
                mib(status.bytesFromHttp()), mib(status.bytesFromCacheServer()), percent(status.percentPeerCaching()),
                device.finishedAfterSeconds() == null ? null : ReportCharts.decimal(device.finishedAfterSeconds()) + " s",
                note);
    }

    private static String percent(double value) {
        return ReportCharts.decimal(value) + "%";
    }

    private static String mib(long bytes) {
        return bytes == 0 ? "0" : TextReport.mib(bytes);
    }
}
