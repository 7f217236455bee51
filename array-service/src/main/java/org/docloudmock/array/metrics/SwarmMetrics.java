package org.docloudmock.array.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.array.matching.ReportedBytes;

/**
 * The store as metrics: live peers and swarms, the bytes peers reported (from peers, from the CDN), and
 * the same per content for the {@code topSwarms} swarms whose peers reported the most. Per-content series
 * are bounded that way, whatever the number of contents: a content's series go when it drops out of the
 * top, or its swarm empties, at the next {@link #refresh()}.
 */
public final class SwarmMetrics implements MeterBinder {

    private final PeerStore store;
    private final int topSwarms;
    private MultiGauge contentBytes;
    private MultiGauge contentPeerShare;

    public SwarmMetrics(PeerStore store, int topSwarms) {
        this.store = store;
        this.topSwarms = topSwarms;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("docloud.array.peers", store, PeerStore::peerCount)
                .description("Live peers, in every swarm").register(registry);
        Gauge.builder("docloud.array.swarms", store, PeerStore::swarmCount)
                .description("Swarms (contents with at least one live peer)").register(registry);
        FunctionCounter.builder("docloud.array.reported", store, s -> s.reportedBytes().fromPeers()).baseUnit("bytes")
                .tag("source", "peers").description("Bytes peers reported downloading, by source").register(registry);
        FunctionCounter.builder("docloud.array.reported", store, s -> s.reportedBytes().fromCdn()).baseUnit("bytes")
                .tag("source", "cdn").description("Bytes peers reported downloading, by source").register(registry);
        contentBytes = MultiGauge.builder("docloud.array.content.reported").baseUnit("bytes")
                .description("Bytes the peers of a content reported downloading, by source; only the busiest contents")
                .register(registry);
        contentPeerShare = MultiGauge.builder("docloud.array.content.peer.share")
                .description("Share of a content's reported bytes that came from peers (its P2P efficiency); only the busiest contents")
                .register(registry);
    }

    /** Re-reads the busiest swarms: off the join path, on a schedule. */
    public void refresh() {
        if (contentBytes == null) {
            return;
        }
        Map<String, ReportedBytes> busiest = topSwarms == 0 ? Map.of() : store.busiestSwarms(topSwarms);
        List<MultiGauge.Row<?>> bytes = new ArrayList<>();
        List<MultiGauge.Row<?>> shares = new ArrayList<>();
        busiest.forEach((content, reported) -> {
            bytes.add(MultiGauge.Row.of(Tags.of("content", content, "source", "peers"), reported.fromPeers()));
            bytes.add(MultiGauge.Row.of(Tags.of("content", content, "source", "cdn"), reported.fromCdn()));
            shares.add(MultiGauge.Row.of(Tags.of("content", content), reported.peerShare()));
        });
        contentBytes.register(bytes, true);
        contentPeerShare.register(shares, true);
    }
}
