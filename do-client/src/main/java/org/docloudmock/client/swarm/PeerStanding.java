package org.docloudmock.client.swarm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.docloudmock.protocol.PeerId;

/**
 * Which peers this device will not talk to: those banned for bad pieces, and those it failed to reach lately
 * (dialed again after {@link #DIAL_RETRY_NANOS}). Plain state; times are the caller's.
 */
final class PeerStanding {

    /** Bad pieces from one peer before it is banned: one may be bad luck, a second is not. */
    static final int BAN_AFTER_BAD_PIECES = 2;
    static final long DIAL_RETRY_NANOS = 5_000_000_000L;

    private final Set<PeerId> banned = new HashSet<>();
    private final Map<PeerId, Integer> badPieces = new HashMap<>();
    private final Map<PeerId, Long> dialAgainAt = new HashMap<>();

    /** Counts a piece that failed its hash; returns how many the peer sent, and bans it at the limit. */
    int badPiece(PeerId peer) {
        int bad = badPieces.merge(peer, 1, Integer::sum);
        if (bad >= BAN_AFTER_BAD_PIECES) {
            banned.add(peer);
        }
        return bad;
    }

    boolean banned(PeerId peer) {
        return banned.contains(peer);
    }

    /** A dial failed, or an outbound connection closed: leave the peer alone for a while. */
    void unreachable(PeerId peer, long nowNanos) {
        dialAgainAt.put(peer, nowNanos + DIAL_RETRY_NANOS);
    }

    boolean mayDial(PeerId peer, long nowNanos) {
        return !banned.contains(peer) && dialAgainAt.getOrDefault(peer, nowNanos) <= nowNanos;
    }
}
