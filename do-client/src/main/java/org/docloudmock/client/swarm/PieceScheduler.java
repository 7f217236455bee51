package org.docloudmock.client.swarm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.docloudmock.protocol.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which piece to ask whom, and which to fetch over HTTP and when: the pieces missing and on their way, how
 * many peers have each, and the patience rule. Plain state and logic on the device's loop: no sockets, and
 * no clock of its own, every time is the caller's, so tests drive it on a clock they move.
 */
final class PieceScheduler {

    private static final int PIECES_PER_PEER = 2;
    /** Pieces are held in memory until their hash is checked, so a device holds only this many at once. */
    private static final int PEER_PIECES_IN_FLIGHT = 6;
    /** The shortest wait before another look when HTTP must wait. */
    static final long MIN_RECHECK_NANOS = 50_000_000L;

    private static final Logger log = LoggerFactory.getLogger(PieceScheduler.class);

    /** A piece to ask of a peer. */
    record PeerRequest(PeerState peer, int piece) {
    }

    /**
     * What to do now.
     *
     * @param recheckNanos when to look again because HTTP is waiting (on the gathering after the join, a
     *                     back-off, or the patience rule); -1 when nothing waits on time
     */
    record Plan(List<PeerRequest> fromPeers, List<Integer> overHttp, long recheckNanos) {
    }

    private final PeerId self;
    private final IntUnaryOperator pieceLength;
    private final SwarmSettings settings;
    private final Random random;
    private final Map<Integer, PieceDownload> inFlight = new HashMap<>();
    private final BitSet inFlightPieces = new BitSet();
    private final BitSet missing = new BitSet();
    private final int[] availability;
    private Set<PeerId> shareMembers = Set.of();
    private BitSet share = new BitSet();
    private int peerPiecesInFlight;
    private long startedNanos;
    private long lastPeerProgressNanos;
    private double httpPieceNanos;
    private boolean started;

    PieceScheduler(PeerId self, int pieceCount, IntUnaryOperator pieceLength, SwarmSettings settings, Random random) {
        this.self = self;
        this.pieceLength = pieceLength;
        this.settings = settings;
        this.random = random;
        this.availability = new int[pieceCount];
        this.missing.set(0, pieceCount);
    }

    /** The download starts: Array answered. */
    void start(long nowNanos) {
        started = true;
        startedNanos = nowNanos;
        lastPeerProgressNanos = nowNanos;
    }

    boolean started() {
        return started;
    }

    /** Whether the peer has a piece this device still wants: it is interested in that peer. */
    boolean wantsFrom(PeerState peer) {
        return peer.have().intersects(missing);
    }

    /** A peer's BitField. */
    void peerHas(PeerState peer, BitSet pieces, long nowNanos) {
        peer.addHave(pieces);
        for (int piece = pieces.nextSetBit(0); piece >= 0; piece = pieces.nextSetBit(piece + 1)) {
            availability[piece]++;
        }
        if (pieces.intersects(missing)) {
            lastPeerProgressNanos = nowNanos;
        }
    }

    /** A peer's Have; false when it was known already. */
    boolean peerHas(PeerState peer, int piece, long nowNanos) {
        if (!peer.addHave(piece)) {
            return false;
        }
        availability[piece]++;
        if (missing.get(piece)) {
            lastPeerProgressNanos = nowNanos;
        }
        return true;
    }

    void peerGone(PeerState peer) {
        BitSet have = peer.have();
        for (int piece = have.nextSetBit(0); piece >= 0; piece = have.nextSetBit(piece + 1)) {
            availability[piece]--;
        }
        release(peer);
    }

    /** A peer that chokes us or goes away answers none of its requests: its pieces go back to be picked. */
    void release(PeerState peer) {
        List.copyOf(inFlight.values()).stream().filter(download -> download.source == peer).forEach(this::forget);
    }

    /** The piece on its way, or null. */
    PieceDownload inFlight(int piece) {
        return inFlight.get(piece);
    }

    /** The piece is no longer on its way (it arrived, failed, or its source went). */
    void forget(PieceDownload download) {
        if (inFlight.remove(download.piece, download)) {
            inFlightPieces.clear(download.piece);
            if (download.source != null) {
                peerPiecesInFlight--;
                download.source.released();
            }
        }
    }

    /** A piece stored with a good hash; one from a peer counts as the peers' progress. */
    void stored(int piece, boolean fromPeer, long nowNanos) {
        missing.clear(piece);
        if (fromPeer) {
            lastPeerProgressNanos = nowNanos;
        }
    }

    /** How long an HTTP piece took, for the pace the patience rule waits by. */
    void httpPieceTook(long nanos) {
        httpPieceNanos = httpPieceNanos == 0 ? nanos : 0.7 * httpPieceNanos + 0.3 * nanos;
    }

    /**
     * What to ask for now. From peers: up to two pieces each from those that do not choke us, rarest first, six
     * in all. Over HTTP, the pieces no connected peer can give: this device's own share of the swarm (see
     * {@link PiecePicker#httpShare}), and any of them once peers have brought nothing new for the patience (a
     * share whose owner is slow, gone or banned). After joining, HTTP waits for the HTTP delay and the first
     * handshakes: devices that start together know of each other, and of what their peers hold, before they
     * pick. Everything returned counts as on its way from now.
     *
     * @param peers          the open connections' peers
     * @param members        this device and the peers it knows that still download, banned ones left out
     * @param dialing        whether connections are still being dialed
     * @param httpSlots      HTTP requests that may start now
     * @param httpPauseNanos how long HTTP is still paused by a back-off; 0 when it is not
     */
    Plan plan(List<PeerState> peers, Set<PeerId> members, boolean dialing, int httpSlots, long httpPauseNanos,
              long nowNanos) {
        BitSet wanted = (BitSet) missing.clone();
        wanted.andNot(inFlightPieces);
        List<PeerRequest> fromPeers = new ArrayList<>();
        int count = peers.size();
        int start = count == 0 ? 0 : random.nextInt(count);
        for (int i = 0; i < count && peerPiecesInFlight < PEER_PIECES_IN_FLIGHT; i++) {
            PeerState peer = peers.get((start + i) % count);
            if (peer.choking() || !peer.interested()) {
                continue;
            }
            while (peer.piecesInFlight() < PIECES_PER_PEER && peerPiecesInFlight < PEER_PIECES_IN_FLIGHT) {
                int piece = PiecePicker.fromPeer(peer.have(), wanted, availability, random);
                if (piece < 0) {
                    break;
                }
                inFlight.put(piece, new PieceDownload(piece, peer, pieceLength.applyAsInt(piece), nowNanos));
                inFlightPieces.set(piece);
                peerPiecesInFlight++;
                peer.requested(nowNanos);
                fromPeers.add(new PeerRequest(peer, piece));
                wanted.clear(piece);
            }
        }
        List<Integer> overHttp = new ArrayList<>();
        long recheck = planHttp(wanted, peers, members, dialing, httpSlots, httpPauseNanos, nowNanos, overHttp);
        return new Plan(fromPeers, overHttp, recheck);
    }

    private long planHttp(BitSet wanted, List<PeerState> peers, Set<PeerId> members, boolean dialing, int httpSlots,
                          long httpPauseNanos, long now, List<Integer> overHttp) {
        long httpDelay = settings.httpDelay().toNanos();
        BitSet ownShare = httpShare(members);
        long patience = patienceNanos(now);
        long sinceStart = now - startedNanos;
        boolean gathering = sinceStart < httpDelay || (dialing && sinceStart < settings.requestTimeout().toNanos());
        if (httpPauseNanos > 0 || gathering) {
            return Math.max(Math.max(httpDelay - sinceStart, MIN_RECHECK_NANOS), httpPauseNanos);
        }
        BitSet candidates = (BitSet) wanted.clone();
        for (PeerState peer : peers) {
            // a peer that keeps us choked is not a source: its pieces may come over HTTP
            if (!peer.choking() || now - peer.chokedSinceNanos() < patience) {
                candidates.andNot(peer.have());
            }
        }
        while (overHttp.size() < httpSlots && !candidates.isEmpty()) {
            int piece = PiecePicker.inShare(candidates, ownShare, self);
            boolean outsideShare = piece < 0;
            if (outsideShare) {
                // the gathering after the join counts as progress: peers had no chance to bring anything yet
                long waited = now - Math.max(lastPeerProgressNanos, startedNanos + httpDelay);
                if (waited < patience) {
                    return patience - waited;
                }
                piece = PiecePicker.anyOf(candidates, random);
            }
            candidates.clear(piece);
            inFlight.put(piece, new PieceDownload(piece, null, pieceLength.applyAsInt(piece), now));
            inFlightPieces.set(piece);
            overHttp.add(piece);
            log.debug("peer {} fetches piece {} over HTTP ({} share of {} pieces among {} members, {} connections)",
                    self, piece, outsideShare ? "outside its" : "in its", ownShare.cardinality(), shareMembers.size(),
                    peers.size());
        }
        return -1;
    }

    /**
     * How long peers may bring nothing new before this device fetches others' shares: as long as an owner
     * needs to fetch its share one piece after another, at the pace HTTP pieces take this device (a piece
     * still on its way included), since owners fetch from the same source; the request timeout while this
     * device has no pace of its own yet; never less than the HTTP delay.
     */
    long patienceNanos(long nowNanos) {
        double perPiece = httpPieceNanos;
        for (PieceDownload download : inFlight.values()) {
            if (download.source == null) {
                perPiece = Math.max(perPiece, nowNanos - download.startedNanos);
            }
        }
        long expectedShare = (availability.length + shareMembers.size() - 1) / Math.max(1, shareMembers.size());
        long patience = perPiece > 0 ? (long) ((expectedShare + 1) * perPiece) : settings.requestTimeout().toNanos();
        return Math.max(settings.httpDelay().toNanos(), patience);
    }

    /** This device's HTTP share, worked out again only when the members change. */
    private BitSet httpShare(Set<PeerId> members) {
        if (!members.equals(shareMembers)) {
            shareMembers = members;
            share = PiecePicker.httpShare(members, self, availability.length);
        }
        return share;
    }
}
