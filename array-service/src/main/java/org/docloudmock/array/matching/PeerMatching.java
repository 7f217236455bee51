package org.docloudmock.array.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.JoinEvent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What Array does with a join: register, update or remove the peer, then hand it the peers it may see. */
public final class PeerMatching {

    private static final Logger log = LoggerFactory.getLogger(PeerMatching.class);

    private final PeerStore store;
    private final Clock clock;
    private final Duration peerTtl;
    private final int maxPeersWanted;
    private final long reannounceIntervalSecs;
    private final Counter[] joinsByMode = new Counter[DownloadMode.values().length];
    private final Counter[] returnedByRelation = new Counter[PeerType.values().length];

    public PeerMatching(PeerStore store, Clock clock, Duration peerTtl, int maxPeersWanted, Duration reannounceInterval,
                        MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.peerTtl = peerTtl;
        this.maxPeersWanted = maxPeersWanted;
        this.reannounceIntervalSecs = reannounceInterval.toSeconds();
        for (DownloadMode mode : DownloadMode.values()) {
            joinsByMode[mode.ordinal()] = Counter.builder("docloud.array.joins")
                    .description("Joins accepted, by the download mode (Scope) they were sent in")
                    .tag("mode", mode.name().toLowerCase(Locale.ROOT)).register(meters);
        }
        for (PeerType relation : PeerType.values()) {
            returnedByRelation[relation.ordinal()] = Counter.builder("docloud.array.peers.returned")
                    .description("Peers handed to joining clients, by how they relate to the client")
                    .tag("relation", relation.name().toLowerCase(Locale.ROOT)).register(meters);
        }
    }

    /**
     * Validates the join first, so that a rejected one changes nothing. A stop event, or a mode that does
     * not peer (0, 99, 100), removes the peer and answers no peers.
     */
    public JoinResponse join(JoinRequest request, String externalIp) {
        request.validate();
        String swarmKey = request.swarmKey();
        Peer peer = Peer.from(request, externalIp, clock.instant());
        joinsByMode[peer.mode().ordinal()].increment();
        if (request.event() == JoinEvent.STOPPED || !peer.mode().peers()) {
            store.leave(swarmKey, peer);
            return response(MatchedPeers.NONE);
        }
        // no PeersWanted: as many as the cap allows
        int wanted = request.peersWanted() == null ? maxPeersWanted : Math.min(request.peersWanted(), maxPeersWanted);
        MatchedPeers matched = store.join(swarmKey, peer, wanted);
        countReturned(matched);
        return response(matched);
    }

    /** Drops the peers that stopped joining more than the peer TTL ago; answers how many. */
    public int expire() {
        long started = System.nanoTime();
        int expired = store.removeSeenBefore(clock.instant().minus(peerTtl));
        if (expired > 0) {
            log.info("Expired {} peers not seen for {} in {} ms; {} peers in {} swarms remain", expired, peerTtl,
                    (System.nanoTime() - started) / 1_000_000, store.peerCount(), store.swarmCount());
        }
        return expired;
    }

    private void countReturned(MatchedPeers matched) {
        int[] counts = new int[returnedByRelation.length];
        for (PeerEntry entry : matched.peers()) {
            counts[entry.peerType().ordinal()]++;
        }
        for (int relation = 0; relation < counts.length; relation++) {
            if (counts[relation] > 0) {
                returnedByRelation[relation].increment(counts[relation]);
            }
        }
    }

    private JoinResponse response(MatchedPeers matched) {
        return new JoinResponse(matched.peers(), reannounceIntervalSecs, matched.visible());
    }
}
