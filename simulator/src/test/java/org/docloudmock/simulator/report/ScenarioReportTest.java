package org.docloudmock.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.docloudmock.client.DownloadState;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.client.swarm.PeerInfo;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.simulator.run.DeviceOutcome;
import org.docloudmock.simulator.run.NetworkProgress;
import org.docloudmock.simulator.run.ScenarioResult;
import org.docloudmock.simulator.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScenarioReportTest {

    static final long MIB = 1 << 20;

    /** Two LAN offices, a group of two branch NATs, two Internet homes and a device stuck in simple mode. */
    static ScenarioResult result() {
        var scenario = ScenarioReader.parse("""
                content: { size: 8MiB }
                networks:
                  - { name: office-a, externalIp: 198.51.100.10, devices: 2 }
                  - { name: office-b, externalIp: 198.51.100.11, devices: 1 }
                  - { name: branch-1, externalIp: 192.0.2.1, mode: 2, groupId: g }
                  - { name: branch-2, externalIp: 192.0.2.2, mode: 2, groupId: g }
                  - { name: home-1, externalIp: 203.0.113.1, mode: 3 }
                  - { name: home-2, externalIp: 203.0.113.2, mode: 3, devices: 2 }
                """, "mixed");
        List<DeviceOutcome> devices = List.of(
                device("office-a-01", "office-a", status(1, 8 * MIB, 0, 0, 3 * MIB, 0, null), 2.0),
                device("office-a-02", "office-a", status(1, 3 * MIB, 0, 0, 5 * MIB, 1, null), 2.5),
                device("office-b-01", "office-b", status(1, 0, 0, 0, 8 * MIB, 0, null), 1.0),
                device("branch-1-01", "branch-1", status(2, 0, 4 * MIB, 0, 4 * MIB, 0, null), 3.0),
                device("branch-2-01", "branch-2", status(2, 0, 4 * MIB, 0, 4 * MIB, 0, null), 3.0),
                device("home-1-01", "home-1", status(3, 0, 0, 6 * MIB, 2 * MIB, 0, null), 4.0),
                device("home-2-01", "home-2", status(3, 0, 0, 4 * MIB, 4 * MIB, 0, null), 4.0),
                device("home-2-02", "home-2", status(99, 0, 0, 0, 8 * MIB, 0, "the cloud is unreachable"), 5.0));
        List<ScenarioResult.TimelineSample> timeline = List.of(
                sample(0, 0, 0), sample(2.5, 60, 1), sample(5, 100, 2));
        return new ScenarioResult(scenario, "sim-8388608-0", 8 * MIB, devices, timeline, 5.0, false);
    }

    @Test
    void theIdealCountsOneCopyPerNatPerGroupForTheInternetAndPerHttpOnlyDevice() {
        ScenarioReport report = ScenarioReport.of(result());

        // office-a, office-b, the group, the Internet island, and the simple-mode device
        assertThat(report.totals().idealBytesFromCdn()).isEqualTo(5 * 8 * MIB);
        assertThat(report.totals().bytesFromCdn()).isEqualTo(38 * MIB);
        assertThat(report.totals().cdnRatio()).isEqualTo(0.95);
    }

    @Test
    void networksAndTotalsAddUpTheirDevices() {
        ScenarioReport report = ScenarioReport.of(result());

        ScenarioReport.NetworkRow officeA = report.networks().get(0);
        assertThat(officeA.devices()).isEqualTo(2);
        assertThat(officeA.bytes().fromLanPeers()).isEqualTo(11 * MIB);
        assertThat(officeA.bytes().fromHttp()).isEqualTo(8 * MIB);
        assertThat(officeA.bannedPeers()).isEqualTo(1);
        assertThat(report.totals().verified()).isEqualTo(8);
        assertThat(report.totals().bytes().percentPeerCaching()).isEqualTo(43.3);
    }

    /** Get-DeliveryOptimizationStatus's fields, in its order (SPEC 10). */
    static final List<String> DO_STATUS_FIELDS = List.of("FileId", "FileSize", "FileSizeInCache", "TotalBytesDownloaded",
            "PercentPeerCaching", "BytesFromPeers", "BytesFromHttp", "Status", "Priority", "BytesFromCacheServer",
            "BytesFromLanPeers", "BytesFromLinkLocalPeers", "BytesFromGroupPeers", "BytesFromInternetPeers",
            "BytesToLanPeers", "BytesToLinkLocalPeers", "BytesToGroupPeers", "BytesToInternetPeers", "DownloadDuration",
            "HttpConnectionCount", "CacheServerConnectionCount", "LanConnectionCount", "LinkLocalConnectionCount",
            "GroupConnectionCount", "InternetConnectionCount", "DownloadMode", "SourceURL", "CacheHost", "NumPeers",
            "PredefinedCallerApplication", "ExpireOn", "IsPinned");

    @Test
    void eachDeviceHasDosStatusFieldsInDosOrderItsPeerInfoAndAPerfSnap() {
        JsonNode json = JsonMapper.builder().build().valueToTree(ScenarioReport.of(result()));

        JsonNode device = json.path("Devices").path(0);
        assertThat(device.path("Name").asString()).isEqualTo("office-a-01");
        assertThat(device.path("Network").asString()).isEqualTo("office-a");
        List<String> names = device.propertyNames().stream().toList();
        assertThat(names).containsSubsequence(DO_STATUS_FIELDS).doesNotContain("BytesFromHTTP");
        JsonNode peer = device.path("PeerInfo").path(0);
        assertThat(peer.propertyNames()).containsExactly("IP", "PeerType", "ConnectionEstablished", "BytesSent",
                "BytesReceived", "UploadRateBytes", "DownloadRateBytes");
        assertThat(peer.path("IP").asString()).isEqualTo("127.64.0.2");
        JsonNode snap = device.path("PerfSnapThisMonth");
        assertThat(snap.propertyNames()).containsExactly("DownloadHttpBytes", "DownloadCacheHostBytes", "DownloadLanBytes",
                "DownloadInternetBytes", "UploadLanBytes", "UploadInternetBytes");
        assertThat(snap.path("DownloadLanBytes").asLong()).isEqualTo(8 * MIB);
        assertThat(snap.path("DownloadHttpBytes").asLong()).isEqualTo(3 * MIB);
        for (String field : List.of("BytesFromPeers", "BytesFromLanPeers", "BytesFromGroupPeers", "BytesFromInternetPeers",
                "BytesFromHttp", "BytesFromCacheServer", "PercentPeerCaching", "PeerEfficiency", "PeerEfficiencyWithGroup")) {
            assertThat(json.path("Networks").path(0).has(field)).as(field).isTrue();
            assertThat(json.path("Totals").has(field)).as(field).isTrue();
        }
        assertThat(json.path("Totals").path("CdnRatio").asDouble()).isEqualTo(0.95);
        assertThat(json.path("Timeline").size()).isEqualTo(3);
    }

    @Test
    void peerEfficiencyIsTheTroubleshootersAndWithGroupSaysSo() {
        ScenarioReport report = ScenarioReport.of(result());

        // LAN 11 + Internet 10 MiB over HTTP 38 + those; Group's 8 MiB count only "with Group"
        assertThat(report.totals().bytes().peerEfficiency()).isEqualTo(35.6);
        assertThat(report.totals().bytes().peerEfficiencyWithGroup()).isEqualTo(43.3);
        String html = HtmlReport.render(report);
        assertThat(html).contains("Peer efficiency", "35.6%", "with Group 43.3%", "(LAN + Internet) / (HTTP + LAN + Internet)");
    }

    @Test
    void aCacheServersBytesAreHttpBytesToTheTroubleshooterButNotBytesFromHttp() {
        SourceBytes bytes = new SourceBytes(2 * MIB, 2 * MIB, 0, 0, 2 * MIB, 4 * MIB);

        assertThat(bytes.total()).isEqualTo(8 * MIB);
        assertThat(bytes.fromCdn()).isEqualTo(2 * MIB);
        assertThat(bytes.percentPeerCaching()).isEqualTo(25.0);
        assertThat(bytes.peerEfficiency()).as("2 / (6 + 2)").isEqualTo(25.0);
    }

    @Test
    void theHtmlIsOnePageWithItsChartsInlineAndNoScript() {
        String html = HtmlReport.render(ScenarioReport.of(result()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "Bytes by source", "Completion over time")
                .contains("office-a-01", "the cloud is unreachable").doesNotContain("<script", "http://cdn", "https://");
    }

    @Test
    void theHtmlEscapesWhatTheScenarioAndTheDevicesName() {
        var scenario = ScenarioReader.parse("""
                content: { size: 8MiB }
                networks:
                  - { name: branch, externalIp: 192.0.2.1, mode: 2, groupId: "<script>alert(1)</script>" }
                """, "x<img src=x onerror=alert(2)>");
        DownloadStatus stuck = status(2, 0, 0, 0, 0, 0, "reason <b>bold</b> & \"quoted\"");
        ScenarioResult result = new ScenarioResult(scenario, "sim-8388608-0", 8 * MIB,
                List.of(device("branch-01", "branch", stuck, null)), List.of(), 1.0, true);

        String html = HtmlReport.render(ScenarioReport.of(result));

        assertThat(html).contains("<td class=\"num\">2 (&lt;script&gt;alert(1)&lt;/script&gt;)</td>",
                        "<h1>x&lt;img src&#61;x onerror&#61;alert(2)&gt;</h1>",
                        "reason &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;", "<td class=\"num\">&ndash;</td>")
                .doesNotContain("<script", "<img", "<b>");
    }

    @Test
    void theTextReportHasATablePerNetworkAndPerDevice() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        TextReport.print(ScenarioReport.of(result()), new PrintStream(buffer, true, StandardCharsets.UTF_8), true);

        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Network", "office-a", "home-2-02", "ratio 0.950", "8 of 8 devices finished");
    }

    @Test
    void progressBarsShowHowFarEachNetworkIs() {
        String bar = ConsoleProgress.bar(new NetworkProgress("office", 10, 10, 5, 50, 3 * MIB, MIB), 8);

        assertThat(bar).startsWith("office   [###############...............]  50.0%  5/10 done").contains("75.0%");
    }

    private static DeviceOutcome device(String name, String network, DownloadStatus status, Double finished) {
        return new DeviceOutcome(name, network, false, new PeerId("ab".repeat(20)), status, Map.of(),
                List.of(new PeerInfo("127.64.0.2", "Lan", true, 0, status.bytesFromLanPeers(), 0, 1024)), finished);
    }

    private static DownloadStatus status(int mode, long lan, long group, long internet, long http, int banned, String reason) {
        long peers = lan + group + internet;
        return new DownloadStatus("sim-8388608-0", 8 * MIB, 8 * MIB, peers + http,
                Math.round(1000.0 * peers / (peers + http)) / 10.0, peers, http,
                reason == null ? DownloadState.CACHING : DownloadState.COMPLETE, DownloadStatus.FOREGROUND, 0, lan, 0, group,
                internet, 0, 0, 0, 0, "00:00:02.0000000", 8, 0, lan > 0 ? 1 : 0, 0, group > 0 ? 1 : 0, internet > 0 ? 1 : 0,
                mode, "http://localhost:8083/filestreamingservice/files/x", "", 3, DownloadStatus.CALLER,
                "2026-01-04T00:00:00Z", false, banned, true, reason);
    }

    private static ScenarioResult.TimelineSample sample(double seconds, double percent, int finished) {
        return new ScenarioResult.TimelineSample(seconds, List.of(
                new NetworkProgress("office-a", 2, 2, finished, percent, 0, 0),
                new NetworkProgress("office-b", 1, 1, Math.min(finished, 1), percent, 0, 0),
                new NetworkProgress("branch-1", 1, 1, Math.min(finished, 1), percent / 2, 0, 0),
                new NetworkProgress("branch-2", 1, 1, Math.min(finished, 1), percent / 3, 0, 0),
                new NetworkProgress("home-1", 1, 1, 0, percent / 4, 0, 0),
                new NetworkProgress("home-2", 2, 2, 0, percent / 5, 0, 0)));
    }
}
