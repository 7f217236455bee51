package org.docloudmock.array.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.docloudmock.array.matching.PartitionedPeerStore;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.protocol.DownloadMode;
import org.junit.jupiter.api.Test;

/** bench/lua/array-join.lua re-joins these peers by number: their shape must not drift. */
class SyntheticSwarmsTest {

    private final SyntheticSwarms swarms = new SyntheticSwarms(3, 100);

    @Test
    void peerNumberGivesItsIdAndAddresses() {
        Peer peer = swarms.peer(2, 57, Instant.EPOCH);
        assertThat(peer.id().hex()).isEqualTo("%040x".formatted(257));
        assertThat(peer.externalIp()).isEqualTo("10.0.1.1");
        assertThat(peer.reportedIp()).isEqualTo("192.168.1.1");
        assertThat(peer.mode()).isEqualTo(DownloadMode.INTERNET);
        assertThat(swarms.peer(2, 0, Instant.EPOCH).isSeed()).isTrue();
        assertThat(swarms.peer(2, 1, Instant.EPOCH).isSeed()).isFalse();
    }

    @Test
    void everyPeerOfEverySwarmIsLoaded() {
        PeerStore store = new PartitionedPeerStore();
        swarms.loadInto(store, Instant.now());
        assertThat(store.peerCount()).isEqualTo(300);
        assertThat(store.swarms()).extracting(summary -> summary.contentId() + ":" + summary.peers() + ":" + summary.seeds())
                .containsExactly("synthetic-0:100:20", "synthetic-1:100:20", "synthetic-2:100:20");
    }
}
