package org.docloudmock.array.synthetic;

import java.time.Instant;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;

/**
 * A deterministic population for benchmarks: {@code contents} swarms ({@code synthetic-0}, ...) of
 * {@code peersPerContent} Internet-mode peers, each behind its own NAT, one in five a seed. Peer {@code n}
 * (numbered across all swarms) has the PeerId {@code n} in 40 hex digits, the external IP 10.0.0.0 + n
 * and the reported IP 192.168.0.0 + n (16 bits). bench/lua/array-join.lua builds the same joins.
 */
public record SyntheticSwarms(int contents, int peersPerContent) {

    public String contentId(int content) {
        return "synthetic-" + content;
    }

    public Peer peer(int content, int index, Instant lastSeen) {
        int number = content * peersPerContent + index;
        return new Peer(new PeerId("%040x".formatted(number)), "10." + (number >>> 16 & 0xFF) + "." + (number >>> 8 & 0xFF)
                + "." + (number & 0xFF), "192.168." + (number >>> 8 & 0xFF) + "." + (number & 0xFF), 7680, "",
                DownloadMode.INTERNET, 0, 0, 0, 0, number % 5 == 0 ? 0L : 1_000_000L, lastSeen);
    }

    /** Joins every peer, as if each had just joined (no peers wanted back). */
    public void loadInto(PeerStore store, Instant lastSeen) {
        for (int content = 0; content < contents; content++) {
            for (int index = 0; index < peersPerContent; index++) {
                store.join(contentId(content), peer(content, index, lastSeen), 0);
            }
        }
    }
}
