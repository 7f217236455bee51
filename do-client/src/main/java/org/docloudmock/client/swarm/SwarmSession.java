package org.docloudmock.client.swarm;

import java.util.List;
import java.util.Random;
import org.docloudmock.client.clock.Ticker;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.docloudmock.protocol.swarm.SwarmProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One content on one device: it reads the peers' messages and carries out what the scheduler decides, over
 * the connections of its registry, the HTTP lane and the uploader. Everything runs on the device's loop;
 * other threads call only the public methods, which hand over to it.
 */
public final class SwarmSession {

    static final int BLOCK_LENGTH = 16 * 1024;
    private static final long TICK_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(SwarmSession.class);

    /** What the session tells its download; called on the loop, so it must not block. */
    public interface Events {
        void completed();

        /** A peer Array has not named yet connected: joining again soon tells which relation it is. */
        void unknownPeer();
    }

    private final PeerNode node;
    private final IoLoop loop;
    private final Ticker ticker;
    private final PieceStore store;
    private final byte[] swarmHash;
    private final Events events;
    private final TransferCounters counters;
    private final Uploader uploader;
    private final ConnectionRegistry connections;
    private final PieceScheduler scheduler;
    private final HttpFallback http;
    private IoLoop.Timer recheckTimer;
    private boolean completed;
    private boolean stopped;

    private SwarmSession(PeerNode node, PieceStore store, byte[] swarmHash, RangeSource http, SwarmSettings settings,
                         PeerAddressResolver resolver, TransferCounters counters, Events events) {
        this.node = node;
        this.loop = node.loop();
        this.ticker = node.ticker();
        this.store = store;
        this.swarmHash = swarmHash.clone();
        this.counters = counters;
        this.events = events;
        this.uploader = new Uploader(loop, store, node.uploads(), counters);
        this.connections = new ConnectionRegistry(node, settings, resolver);
        this.scheduler = new PieceScheduler(node.peerId(), store.pieceCount(), store::pieceLength, settings, new Random());
        this.http = new HttpFallback(http, loop::execute, settings.httpRequests(), ticker);
    }

    /** Joins the node: from now on peers that name this swarm in their handshake are let in. */
    public static SwarmSession open(PeerNode node, PieceStore store, byte[] swarmHash, RangeSource http,
                                    SwarmSettings settings, PeerAddressResolver resolver, TransferCounters counters,
                                    Events events) {
        SwarmSession session = new SwarmSession(node, store, swarmHash, http, settings, resolver, counters, events);
        PeerNode.onLoop(node.loop(), () -> {
            node.addSwarm(session);
            session.tick();
            return null;
        });
        return session;
    }

    byte[] swarmHash() {
        return swarmHash.clone();
    }

    /** The peers of Array's latest answer (the first one starts the download); any thread. */
    public void updatePeers(List<PeerEntry> peers, long numberOfPeers) {
        loop.execute(() -> onPeers(peers, numberOfPeers));
    }

    /** Leaves the swarm: connections closed, nothing served any more; any thread, waits for the loop. */
    public void close() {
        PeerNode.onLoop(loop, () -> {
            stop();
            return null;
        });
    }

    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        node.removeSwarm(this);
        connections.closeAll("leaving the swarm");
    }

    private void onPeers(List<PeerEntry> peers, long numberOfPeers) {
        if (stopped) {
            return;
        }
        connections.directory(peers, counters);
        counters.peersInSwarm(numberOfPeers);
        if (!scheduler.started()) {
            scheduler.start(ticker.nanoTime());
            checkCompleted();
        }
        dial();
        schedule();
    }

    void onOpen(PeerConnection connection) {
        if (stopped) {
            connection.close("leaving the swarm");
            return;
        }
        if (!connections.admit(connection)) {
            return;
        }
        PeerId remote = connection.remote();
        counters.connected(remote, connection.remoteIp());
        if (!counters.knows(remote)) {
            events.unknownPeer();
        }
        connection.send(SwarmMessage.BitField.of(uploader.advertised(), store.pieceCount()));
        log.debug("peer {} connected {}", node.peerId(), connection);
    }

    void onClosed(PeerConnection connection, String reason) {
        PeerId remote = connection.remote() != null ? connection.remote() : connection.expectedPeer();
        if (connections.remove(connection, remote, stopped, ticker.nanoTime())) {
            counters.disconnected(remote);
            scheduler.peerGone(connection.state());
            log.debug("peer {} lost {}: {}", node.peerId(), connection, reason);
        }
        if (!stopped) {
            schedule();
        }
    }

    private void dial() {
        if (!stopped && !completed) {
            connections.dial(this, ticker.nanoTime());
        }
    }

    void onMessage(PeerConnection connection, SwarmMessage message) throws SwarmProtocolException {
        if (message instanceof SwarmMessage.Discarded discarded) {
            // DoSvc reads and discards id 20 (SPEC 10); an id nobody knows is skipped too, not fatal
            counters.discardedMessage(discarded.payloadLength());
            if (discarded.id() != SwarmMessage.HEAP_SPRAYING) {
                log.info("peer {}: skipped a message of unknown id {} ({} bytes) from {}", node.peerId(), discarded.id(),
                        discarded.payloadLength(), connection);
            } else {
                log.debug("peer {}: discarded a HeapSpraying message ({} bytes) from {}", node.peerId(),
                        discarded.payloadLength(), connection);
            }
            return;
        }
        PeerState peer = connection.state();
        boolean first = peer.firstMessage();
        long now = ticker.nanoTime();
        if (message instanceof SwarmMessage.BitField bitField) {
            if (!first) {
                throw new SwarmProtocolException("BitField after other messages");
            }
            scheduler.peerHas(peer, bitField.pieces(store.pieceCount()), now);
            updateInterest(connection);
            schedule();
        } else if (message instanceof SwarmMessage.Have have) {
            requirePiece(have.pieceIndex());
            if (scheduler.peerHas(peer, have.pieceIndex(), now)) {
                updateInterest(connection);
                schedule();
            }
        } else if (message instanceof SwarmMessage.Request request) {
            uploader.onRequest(connection, request);
        } else if (message instanceof SwarmMessage.Piece piece) {
            onBlock(connection, piece, now);
        } else if (message instanceof SwarmMessage.Cancel cancel) {
            uploader.onCancel(connection, cancel);
        } else if (message instanceof SwarmMessage.Choke) {
            peer.choked(now);
            scheduler.release(peer);
            schedule();
        } else if (message instanceof SwarmMessage.Unchoke) {
            peer.unchoked();
            schedule();
        } else if (message instanceof SwarmMessage.Interested) {
            uploader.onInterested(connection);
        } else if (message instanceof SwarmMessage.NotInterested) {
            uploader.onNotInterested(connection);
        }
    }

    private void onBlock(PeerConnection connection, SwarmMessage.Piece block, long now) throws SwarmProtocolException {
        PieceDownload download = scheduler.inFlight(block.pieceIndex());
        if (download == null || download.source != connection.state()) {
            return; // late: the piece was given up (a choke) or came from elsewhere
        }
        if (!download.accept(block.offset(), block.data())) {
            throw new SwarmProtocolException("a block nobody asked for: " + block);
        }
        connection.state().blockArrived(now);
        if (!download.complete()) {
            return;
        }
        scheduler.forget(download);
        int length = store.pieceLength(download.piece);
        if (store.store(download.piece, download.data())) {
            counters.received(connection.remote(), length);
            scheduler.stored(download.piece, true, ticker.nanoTime());
            onStored(download.piece);
        } else {
            counters.discarded(length);
            if (connections.badPiece(connection, download.piece)) {
                counters.banned();
            }
        }
        schedule();
    }

    void onDrained(PeerConnection connection) {
        uploader.serve(connection);
    }

    /** Asks the scheduler what to fetch now, and does it. */
    private void schedule() {
        if (stopped || completed || !scheduler.started()) {
            return;
        }
        long now = ticker.nanoTime();
        PieceScheduler.Plan plan = scheduler.plan(connections.openPeers(), connections.members(store.pieceCount()),
                connections.dialing(), http.freeSlots(), http.pauseNanos(now), now);
        for (PieceScheduler.PeerRequest request : plan.fromPeers()) {
            connections.connectionOf(request.peer()).requestPiece(request.piece(), store.pieceLength(request.piece()));
        }
        for (int piece : plan.overHttp()) {
            http.fetch(scheduler.inFlight(piece), store.pieceOffset(piece), store.pieceLength(piece), this::onHttpPiece);
        }
        if (plan.recheckNanos() >= 0) {
            if (recheckTimer != null) {
                recheckTimer.cancel();
            }
            recheckTimer = loop.schedule(plan.recheckNanos() / 1_000_000 + 1, this::schedule);
        }
    }

    private void onHttpPiece(PieceDownload download, RangeSource.Range range, Throwable failure) {
        scheduler.forget(download);
        if (stopped) {
            return;
        }
        int piece = download.piece;
        if (failure != null) {
            long backoff = http.failed();
            log.info("peer {}: HTTP range for piece {} failed ({}), retrying in {} ms", node.peerId(), piece,
                    failure.getMessage(), backoff);
        } else if (store.store(piece, range.data())) {
            http.succeeded();
            long now = ticker.nanoTime();
            scheduler.httpPieceTook(now - download.startedNanos);
            counters.receivedOverHttp(range.data().length, range.cacheServer());
            counters.httpConnection(range.cacheServer());
            scheduler.stored(piece, false, now);
            onStored(piece);
        } else {
            counters.discarded(range.data().length);
            log.warn("peer {}: piece {} from the HTTP source failed its hash and was discarded", node.peerId(), piece);
        }
        schedule();
    }

    private void onStored(int piece) {
        connections.announce(piece, scheduler::wantsFrom);
        checkCompleted();
    }

    private void checkCompleted() {
        if (!completed && store.complete()) {
            completed = true;
            log.info("peer {} has all {} pieces", node.peerId(), store.pieceCount());
            events.completed();
        }
    }

    private void updateInterest(PeerConnection connection) {
        connection.interested(scheduler.wantsFrom(connection.state()));
    }

    /** Keep-alives, stalled peers, new dials, and another look at what to fetch. */
    private void tick() {
        if (stopped) {
            return;
        }
        connections.checkLiveness(ticker.nanoTime());
        dial();
        schedule();
        loop.schedule(TICK_MILLIS, this::tick);
    }

    private void requirePiece(int piece) throws SwarmProtocolException {
        if (piece < 0 || piece >= store.pieceCount()) {
            throw new SwarmProtocolException("piece " + piece + " of " + store.pieceCount());
        }
    }
}
