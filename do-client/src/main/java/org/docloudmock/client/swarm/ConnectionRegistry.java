package org.docloudmock.client.swarm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of one swarm on one device: the peers Array named, the connections open and being dialed,
 * the peers it keeps away ({@link PeerStanding}), and whether each connection is still alive. Runs on the
 * device's loop.
 */
final class ConnectionRegistry {

    private static final long KEEP_ALIVE_NANOS = 60_000_000_000L;

    private static final Logger log = LoggerFactory.getLogger(ConnectionRegistry.class);

    private final PeerNode node;
    private final SwarmSettings settings;
    private final PeerAddressResolver resolver;
    private final PeerStanding standing = new PeerStanding();
    private final List<PeerConnection> open = new ArrayList<>();
    private final Set<PeerConnection> dialing = new HashSet<>();
    private List<PeerEntry> directory = List.of();

    ConnectionRegistry(PeerNode node, SwarmSettings settings, PeerAddressResolver resolver) {
        this.node = node;
        this.settings = settings;
        this.resolver = resolver;
    }

    /** The peers of Array's latest answer, this device and bad ids left out; their types go to the counters. */
    void directory(List<PeerEntry> peers, TransferCounters counters) {
        List<PeerEntry> usable = new ArrayList<>();
        for (PeerEntry peer : peers) {
            try {
                PeerId id = new PeerId(peer.peerId());
                if (!id.equals(node.peerId()) && peer.peerType() != null) {
                    counters.recordType(id, peer.peerType());
                    usable.add(peer);
                }
            } catch (InvalidFieldException e) {
                log.debug("Array named a peer with a bad id {}: ignored", peer.peerId());
            }
        }
        directory = usable;
    }

    /** Tells every peer that lacks it that this device has the piece now, and whether it still wants theirs. */
    void announce(int piece, Predicate<PeerState> wanted) {
        for (PeerConnection connection : List.copyOf(open)) {
            if (!connection.state().has(piece)) {
                connection.send(new SwarmMessage.Have(piece));
            }
            connection.interested(wanted.test(connection.state()));
        }
    }

    List<PeerConnection> open() {
        return List.copyOf(open);
    }

    List<PeerState> openPeers() {
        return open.stream().filter(PeerConnection::isOpen).map(PeerConnection::state).toList();
    }

    PeerConnection connectionOf(PeerState peer) {
        return open.stream().filter(connection -> connection.state() == peer).findFirst().orElseThrow();
    }

    boolean dialing() {
        return !dialing.isEmpty();
    }

    /**
     * A connection whose handshake is done: kept, or closed with the reason why not (this device, banned, a
     * second connection to the same peer, too many). False when it was closed.
     */
    boolean admit(PeerConnection connection) {
        PeerId remote = connection.remote();
        dialing.remove(connection);
        if (remote.equals(node.peerId())) {
            connection.close("that is this device");
            return false;
        }
        if (standing.banned(remote)) {
            connection.close("banned");
            return false;
        }
        PeerConnection existing = connectionTo(remote);
        if (existing != null) {
            // both sides dialed: both keep the connection the smaller peer id dialed, so exactly one survives
            PeerConnection keep = dialer(existing).hex().compareTo(dialer(connection).hex()) <= 0 ? existing : connection;
            PeerConnection drop = keep == existing ? connection : existing;
            drop.close("already connected");
            if (keep == existing) {
                return false;
            }
        }
        if (!connection.outbound() && open.size() >= 2 * settings.maxConnections()) {
            connection.close("too many connections");
            return false;
        }
        open.add(connection);
        return true;
    }

    /** The connection closed; true when it was open (not only dialed). A peer dialed is dialed again later. */
    boolean remove(PeerConnection connection, PeerId remote, boolean stopped, long nowNanos) {
        dialing.remove(connection);
        boolean wasOpen = open.remove(connection);
        if (connection.outbound() && remote != null && !stopped) {
            standing.unreachable(remote, nowNanos);
        }
        return wasOpen;
    }

    /** Dials the peers of the directory not yet connected, up to the connection limit. */
    void dial(SwarmSession session, long nowNanos) {
        int slots = settings.maxConnections() - open.size() - dialing.size();
        for (int i = 0; i < directory.size() && slots > 0; i++) {
            PeerEntry peer = directory.get(i);
            PeerId id = new PeerId(peer.peerId());
            if (!standing.mayDial(id, nowNanos) || connectionTo(id) != null || isDialing(id)) {
                continue;
            }
            try {
                InetSocketAddress target = resolver.resolve(peer);
                dialing.add(node.dial(target, session, id));
                slots--;
            } catch (IOException | RuntimeException e) {
                standing.unreachable(id, nowNanos);
                log.debug("peer {} cannot dial {} at {}:{}: {}", node.peerId(), id, peer.ip(), peer.port(), e.toString());
            }
        }
    }

    /** A piece from the connection's peer failed its hash; true when that bans the peer (and closes it). */
    boolean badPiece(PeerConnection source, int piece) {
        PeerId peer = source.remote();
        int bad = standing.badPiece(peer);
        log.info("peer {}: piece {} from {} failed its hash and was discarded ({} bad)", node.peerId(), piece, peer, bad);
        if (!standing.banned(peer)) {
            return false;
        }
        log.warn("peer {} banned {} after {} bad pieces", node.peerId(), peer, bad);
        source.close("banned after " + bad + " bad pieces");
        return true;
    }

    /** Closes the peers that stall or fell silent; keeps the quiet ones' connections alive. */
    void checkLiveness(long nowNanos) {
        for (PeerConnection connection : List.copyOf(open)) {
            if (connection.state().stalled(nowNanos, settings.requestTimeout().toNanos())) {
                connection.close("sent no block for " + settings.requestTimeout().toSeconds() + " s");
            } else if (nowNanos - connection.lastReadNanos() > 3 * KEEP_ALIVE_NANOS) {
                connection.close("silent for " + 3 * KEEP_ALIVE_NANOS / 1_000_000_000L + " s");
            } else if (nowNanos - connection.lastWriteNanos() > KEEP_ALIVE_NANOS) {
                connection.send(new SwarmMessage.KeepAlive());
            }
        }
    }

    /** This device and the peers it knows that still download (seeds need no share), banned ones left out. */
    Set<PeerId> members(int pieceCount) {
        Set<PeerId> members = new HashSet<>();
        members.add(node.peerId());
        for (PeerEntry peer : directory) {
            PeerId id = new PeerId(peer.peerId());
            if (!peer.seed() && !standing.banned(id)) {
                members.add(id);
            }
        }
        for (PeerConnection connection : open) {
            if (connection.state().have().cardinality() < pieceCount) {
                members.add(connection.remote());
            }
        }
        return members;
    }

    void closeAll(String reason) {
        List.copyOf(open).forEach(connection -> connection.close(reason));
        List.copyOf(dialing).forEach(connection -> connection.close(reason));
    }

    private PeerConnection connectionTo(PeerId peer) {
        for (PeerConnection connection : open) {
            if (peer.equals(connection.remote())) {
                return connection;
            }
        }
        return null;
    }

    private boolean isDialing(PeerId peer) {
        return dialing.stream().anyMatch(connection -> peer.equals(connection.expectedPeer()));
    }

    private PeerId dialer(PeerConnection connection) {
        return connection.outbound() ? node.peerId() : connection.remote();
    }
}
