package org.docloudmock.array.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.docloudmock.array.matching.PartitionedPeerStore;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwarmMetricsTest {

    private final PeerStore store = new PartitionedPeerStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SwarmMetrics metrics = new SwarmMetrics(store, 2);

    @BeforeEach
    void bind() {
        metrics.bindTo(meters);
    }

    @Test
    void livePeersAndSwarmsAreGauges() {
        join("content-1", 1, 0, 0);
        join("content-1", 2, 0, 0);
        join("content-2", 3, 0, 0);
        assertThat(meters.get("docloud.array.peers").gauge().value()).isEqualTo(3);
        assertThat(meters.get("docloud.array.swarms").gauge().value()).isEqualTo(2);
    }

    @Test
    void reportedBytesAreCountedBySource() {
        join("content-1", 1, 1000, 250);
        assertThat(meters.get("docloud.array.reported").tag("source", "peers").functionCounter().count()).isEqualTo(750);
        assertThat(meters.get("docloud.array.reported").tag("source", "cdn").functionCounter().count()).isEqualTo(250);
    }

    @Test
    void onlyTheBusiestContentsGetSeriesOfTheirOwn() {
        join("quiet", 1, 100, 100);
        join("busy", 2, 1000, 250);
        join("busiest", 3, 5000, 1000);
        metrics.refresh();
        assertThat(meters.find("docloud.array.content.reported").gauges()).hasSize(4);
        assertThat(meters.find("docloud.array.content.reported").tag("content", "quiet").gauges()).isEmpty();
        assertThat(meters.get("docloud.array.content.reported").tags("content", "busy", "source", "peers").gauge().value())
                .isEqualTo(750);
        assertThat(meters.get("docloud.array.content.peer.share").tag("content", "busiest").gauge().value()).isEqualTo(0.8);

        store.reset();
        metrics.refresh();
        assertThat(meters.find("docloud.array.content.reported").gauges()).isEmpty();
    }

    private void join(String content, int peer, long downloaded, long fromCdn) {
        store.join(content, new Peer(new PeerId("%040x".formatted(peer)), "203.0.113.1", null, 7680, "", DownloadMode.LAN,
                0, downloaded, fromCdn, 0, null, Instant.now()), 10);
    }
}
