package org.docloudmock.simulator.report;

import java.io.PrintStream;
import java.util.Locale;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.simulator.scenario.ByteSize;

/** The end-of-run tables: one per network, one per device, and the totals against the ideal. */
public final class TextReport {

    private TextReport() {
    }

    public static void print(ScenarioReport report, PrintStream out, boolean devices) {
        ScenarioReport.Totals totals = report.totals();
        out.println();
        out.printf("Scenario %s: %d of %d devices finished, %d verified, in %.1f s%s%n", report.scenario(),
                totals.finished(), totals.devices(), totals.verified(), totals.wallSeconds(),
                totals.timedOut() ? " (timed out)" : "");
        out.println();
        TextTable networks = new TextTable("Network", "Mode", "Devices", "Finished", "Verified", "Banned", "LAN",
                "Group", "Internet", "HTTP", "Cache", "Peer%");
        for (ScenarioReport.NetworkRow network : report.networks()) {
            SourceBytes bytes = network.bytes();
            networks.row(network.name(), network.downloadMode(), network.devices(), network.finished(), network.verified(),
                    network.bannedPeers(), mib(bytes.fromLanPeers()), mib(bytes.fromGroupPeers()),
                    mib(bytes.fromInternetPeers()), mib(bytes.fromHttp()), mib(bytes.fromCacheServer()),
                    percent(bytes.percentPeerCaching()));
        }
        networks.print(out);
        if (devices) {
            out.println();
            TextTable table = new TextTable("Device", "Network", "Status", "Mode", "Verified", "Banned", "NumPeers", "LAN",
                    "Group", "Internet", "HTTP", "Cache", "Peer%", "Seconds", "Note");
            for (ScenarioReport.DeviceRow device : report.devices()) {
                DownloadStatus status = device.status();
                table.row(device.name(), device.network(), status.status(), status.downloadMode(),
                        status.verified() ? "yes" : "NO", status.bannedPeers(), status.numPeers(),
                        mib(status.bytesFromLanPeers()), mib(status.bytesFromGroupPeers()),
                        mib(status.bytesFromInternetPeers()), mib(status.bytesFromHttp()),
                        mib(status.bytesFromCacheServer()), percent(status.percentPeerCaching()),
                        device.finishedAfterSeconds() == null ? "-" : String.format(Locale.ROOT, "%.1f", device.finishedAfterSeconds()),
                        note(device));
            }
            table.print(out);
        }
        out.println();
        SourceBytes bytes = totals.bytes();
        out.printf(Locale.ROOT, "Peers gave %s (%.1f%%), HTTP %s. CDN bytes %s against an ideal of %s: ratio %.3f%n",
                ByteSize.format(bytes.fromPeers()), bytes.percentPeerCaching(), ByteSize.format(bytes.fromHttp()),
                ByteSize.format(totals.bytesFromCdn()), ByteSize.format(totals.idealBytesFromCdn()), totals.cdnRatio());
    }

    private static String note(ScenarioReport.DeviceRow device) {
        String note = device.faulty() ? "faulty" : "";
        if (device.status().reason() != null) {
            note += (note.isEmpty() ? "" : "; ") + device.status().reason();
        }
        return note;
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
