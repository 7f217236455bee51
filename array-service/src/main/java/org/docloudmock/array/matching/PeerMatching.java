package org.docloudmock.array.matching;

import java.time.Clock;
import java.time.Duration;
import org.docloudmock.protocol.array.JoinEvent;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
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

    public PeerMatching(PeerStore store, Clock clock, Duration peerTtl, int maxPeersWanted, Duration reannounceInterval) {
        this.store = store;
        this.clock = clock;
        this.peerTtl = peerTtl;
        this.maxPeersWanted = maxPeersWanted;
        this.reannounceIntervalSecs = reannounceInterval.toSeconds();
    }

    /**
     * Validates the join first, so that a rejected one changes nothing. A stop event, or a mode that does
     * not peer (0, 99, 100), removes the peer and answers no peers.
     */
    public JoinResponse join(JoinRequest request, String externalIp) {
        request.validate();
        String swarmKey = request.swarmKey();
        Peer peer = Peer.from(request, externalIp, clock.instant());
        if (request.event() == JoinEvent.STOPPED || !peer.mode().peers()) {
            store.remove(swarmKey, peer.id());
            return response(Selection.NONE);
        }
        store.put(swarmKey, peer);
        // no PeersWanted: as many as the cap allows
        int wanted = request.peersWanted() == null ? maxPeersWanted : Math.min(request.peersWanted(), maxPeersWanted);
        return response(store.select(swarmKey, peer, wanted));
    }

    /** Drops the peers that stopped joining more than the peer TTL ago; answers how many. */
    public int expire() {
        int expired = store.removeSeenBefore(clock.instant().minus(peerTtl));
        if (expired > 0) {
            log.info("Expired {} peers not seen for {}", expired, peerTtl);
        }
        return expired;
    }

    private JoinResponse response(Selection selection) {
        return new JoinResponse(selection.peers(), reannounceIntervalSecs, selection.visible());
    }
}
