package org.docloudmock.simulator.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docloudmock.client.DoClient;
import org.docloudmock.client.Download;
import org.docloudmock.client.DownloadRequest;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.simulator.scenario.NetworkSpec;

/** A DO client of the scenario, with when it started and finished. */
final class SimulatedDevice {

    final NetworkSpec network;
    final DoClient client;
    private volatile Download download;
    private volatile Double finishedAfterSeconds;

    SimulatedDevice(NetworkSpec network, DoClient client) {
        this.network = network;
        this.client = client;
    }

    String name() {
        return client.device().name();
    }

    void start(ContentInfo content, Path target, long scenarioStartNanos) {
        download = client.download(new DownloadRequest(content.contentId(), content.cdnUrl(), content.digest(), target));
        download.done().whenComplete((status, failure) ->
                finishedAfterSeconds = (System.nanoTime() - scenarioStartNanos) / 1e9);
    }

    boolean started() {
        return download != null;
    }

    boolean finished() {
        return finishedAfterSeconds != null;
    }

    /** Null until started. */
    DownloadStatus status() {
        Download current = download;
        return current == null ? null : current.status();
    }

    DeviceOutcome outcome() {
        Download current = download;
        DownloadStatus status = current != null ? current.status() : DownloadStatus.notStarted(null, network.mode().code(),
                "the scenario ended before the device started");
        return new DeviceOutcome(name(), network.name(), client.device().faulty(), client.peerId(), status,
                current == null ? Map.of() : current.bytesFromEachPeer(), current == null ? List.of() : current.peerInfo(),
                finishedAfterSeconds);
    }

    void close() {
        client.close();
    }
}
