package org.docloudmock.simulator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.client.swarm.PeerInfo;
import org.docloudmock.simulator.run.DeviceOutcome;
import org.docloudmock.simulator.run.NetworkProgress;
import org.docloudmock.simulator.run.ScenarioResult;
import org.docloudmock.simulator.scenario.NetworkSpec;

/**
 * The report of a run, in the shape of the JSON report: each device with DO's status fields, its peers as
 * {@code -PeerInfo} lists them and its bytes as PerfSnapThisMonth counts them, each network
 * and the totals, with the CDN's bytes against the ideal, and the timeline the charts are drawn from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioReport(
        @JsonProperty("Scenario") String scenario,
        @JsonProperty("Devices") List<DeviceRow> devices,
        @JsonProperty("Networks") List<NetworkRow> networks,
        @JsonProperty("Totals") Totals totals,
        @JsonProperty("Timeline") List<TimelinePoint> timeline) {

    /** The charts need no more points than this; longer runs are thinned. */
    private static final int MAX_TIMELINE_POINTS = 400;

    public record DeviceRow(
            @JsonProperty("Name") String name,
            @JsonProperty("Network") String network,
            @JsonProperty("Faulty") boolean faulty,
            @JsonProperty("PeerId") String peerId,
            @JsonUnwrapped DownloadStatus status,
            @JsonProperty("PeerInfo") List<PeerInfo> peerInfo,
            @JsonProperty("PerfSnapThisMonth") PerfSnap perfSnap,
            @JsonProperty("FinishedAfterSeconds") Double finishedAfterSeconds) {
    }

    public record NetworkRow(
            @JsonProperty("Name") String name,
            @JsonProperty("ExternalIp") String externalIp,
            @JsonProperty("DownloadMode") int downloadMode,
            @JsonProperty("GroupId") String groupId,
            @JsonProperty("Devices") int devices,
            @JsonProperty("Finished") long finished,
            @JsonProperty("Verified") long verified,
            @JsonProperty("BannedPeers") long bannedPeers,
            @JsonUnwrapped SourceBytes bytes) {
    }

    public record Totals(
            @JsonProperty("ContentId") String contentId,
            @JsonProperty("FileSize") long fileSize,
            @JsonProperty("Devices") int devices,
            @JsonProperty("Finished") long finished,
            @JsonProperty("Verified") long verified,
            @JsonProperty("BannedPeers") long bannedPeers,
            @JsonUnwrapped SourceBytes bytes,
            @JsonProperty("BytesFromCdn") long bytesFromCdn,
            @JsonProperty("IdealBytesFromCdn") long idealBytesFromCdn,
            @JsonProperty("CdnRatio") double cdnRatio,
            @JsonProperty("WallSeconds") double wallSeconds,
            @JsonProperty("TimedOut") boolean timedOut) {
    }

    public record TimelinePoint(
            @JsonProperty("Seconds") double seconds,
            @JsonProperty("Networks") List<NetworkPoint> networks) {
    }

    public record NetworkPoint(
            @JsonProperty("Name") String name,
            @JsonProperty("Percent") double percent,
            @JsonProperty("Finished") int finished) {
    }

    public static ScenarioReport of(ScenarioResult result) {
        List<DeviceRow> devices = result.devices().stream().map(device -> new DeviceRow(device.name(), device.network(),
                device.faulty(), device.peerId().hex(), device.status(), device.peerInfo(), PerfSnap.of(device.status()),
                round(device.finishedAfterSeconds()))).toList();
        List<NetworkRow> networks = new ArrayList<>();
        for (NetworkSpec network : result.scenario().networks()) {
            List<DownloadStatus> statuses = result.devices().stream()
                    .filter(device -> device.network().equals(network.name())).map(DeviceOutcome::status).toList();
            networks.add(new NetworkRow(network.name(), network.externalIp(), network.mode().code(),
                    network.groupId().isEmpty() ? null : network.groupId(), network.devices(),
                    statuses.stream().filter(DownloadStatus::finished).count(),
                    statuses.stream().filter(DownloadStatus::verified).count(),
                    statuses.stream().mapToLong(DownloadStatus::bannedPeers).sum(), sum(statuses)));
        }
        List<DownloadStatus> all = result.devices().stream().map(DeviceOutcome::status).toList();
        SourceBytes bytes = sum(all);
        long ideal = IdealCdnBytes.of(result.devices(), result.scenario().networks(), result.contentLength());
        Totals totals = new Totals(result.contentId(), result.contentLength(), all.size(),
                all.stream().filter(DownloadStatus::finished).count(), all.stream().filter(DownloadStatus::verified).count(),
                all.stream().mapToLong(DownloadStatus::bannedPeers).sum(), bytes, bytes.fromCdn(), ideal,
                ideal == 0 ? 0 : Math.round(1000.0 * bytes.fromCdn() / ideal) / 1000.0, round(result.wallSeconds()),
                result.timedOut());
        return new ScenarioReport(result.scenario().name(), devices, networks, totals, timeline(result.timeline()));
    }

    private static SourceBytes sum(List<DownloadStatus> statuses) {
        SourceBytes total = SourceBytes.NONE;
        for (DownloadStatus status : statuses) {
            total = total.plus(status);
        }
        return total;
    }

    private static List<TimelinePoint> timeline(List<ScenarioResult.TimelineSample> samples) {
        int step = Math.max(1, (samples.size() + MAX_TIMELINE_POINTS - 1) / MAX_TIMELINE_POINTS);
        List<TimelinePoint> points = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += step) {
            points.add(point(samples.get(i)));
        }
        if (!samples.isEmpty() && (samples.size() - 1) % step != 0) {
            points.add(point(samples.get(samples.size() - 1)));
        }
        return points;
    }

    private static TimelinePoint point(ScenarioResult.TimelineSample sample) {
        List<NetworkPoint> networks = new ArrayList<>();
        for (NetworkProgress network : sample.networks()) {
            networks.add(new NetworkPoint(network.name(), Math.round(network.percent() * 10) / 10.0, network.finished()));
        }
        return new TimelinePoint(round(sample.seconds()), networks);
    }

    private static Double round(Double seconds) {
        return seconds == null ? null : Math.round(seconds * 100) / 100.0;
    }
}
