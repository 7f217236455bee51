package org.docloudmock.client.swarm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.swarm.SwarmMessage;
import org.docloudmock.protocol.swarm.SwarmProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One content on one device: the peers Array named, the connections to them, which piece to ask whom,
 * what to fetch over HTTP, what to serve. Everything runs on the device's loop; other threads call only
 * the public methods, which hand over to it.
 */
public final class SwarmSession {

    static final int BLOCK_LENGTH = 16 * 1024;
    /** Bad pieces from one peer before it is banned: one may be bad luck, a second is not. */
    static final int BAN_AFTER_BAD_PIECES = 2;
    private static final int PIECES_PER_PEER = 2;
    /** Pieces are held in memory until their hash is checked, so a device holds only this many at once. */
    private static final int PEER_PIECES_IN_FLIGHT = 6;
    private static final long TICK_MILLIS = 250;
    private static final long KEEP_ALIVE_NANOS = 60_000_000_000L;
    private static final long DIAL_RETRY_NANOS = 5_000_000_000L;
    private static final long MAX_HTTP_BACKOFF_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(SwarmSession.class);

    /** What the session tells its download; called on the loop, so it must not block. */
    public interface Events {
        void completed();

        /** A peer Array has not named yet connected: joining again soon tells which relation it is. */
        void unknownPeer();
    }

    private final PeerNode node;
    private final IoLoop loop;
    private final PieceStore store;
    private final byte[] swarmHash;
    private final RangeSource http;
    private final SwarmSettings settings;
    private final PeerAddressResolver resolver;
    private final Events events;
    private final TransferCounters counters;
    private final Uploader uploader;
    private final Random random = new Random();
    private final List<PeerConnection> connections = new ArrayList<>();
    private final Set<PeerConnection> dialing = new HashSet<>();
    private final Set<PeerId> banned = new HashSet<>();
    private final Map<PeerId, Integer> badPieces = new HashMap<>();
    private final Map<PeerId, Long> dialBackoffUntil = new HashMap<>();
    private final Map<Integer, PieceDownload> inFlight = new HashMap<>();
    private final BitSet inFlightPieces = new BitSet();
    private final BitSet missing = new BitSet();
    private final int[] availability;
    private List<PeerEntry> directory = List.of();
    private Set<PeerId> shareMembers = Set.of();
    private BitSet share = new BitSet();
    private int peerPiecesInFlight;
    private int httpRequests;
    private int httpFailures;
    private long httpPausedUntilNanos;
    private long lastPeerProgressNanos = System.nanoTime();
    private long startedNanos;
    private double httpPieceNanos;
    private IoLoop.Timer fallbackTimer;
    private boolean started;
    private boolean completed;
    private boolean stopped;

    private SwarmSession(PeerNode node, PieceStore store, byte[] swarmHash, RangeSource http, SwarmSettings settings,
                         PeerAddressResolver resolver, TransferCounters counters, Events events) {
        this.node = node;
        this.loop = node.loop();
        this.store = store;
        this.swarmHash = swarmHash.clone();
        this.http = http;
        this.settings = settings;
        this.resolver = resolver;
        this.counters = counters;
        this.uploader = new Uploader(loop, store, node.uploads(), counters);
        this.events = events;
        this.availability = new int[store.pieceCount()];
        this.missing.set(0, store.pieceCount());
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
        List.copyOf(connections).forEach(connection -> connection.close("leaving the swarm"));
        List.copyOf(dialing).forEach(connection -> connection.close("leaving the swarm"));
    }

    private void onPeers(List<PeerEntry> peers, long numberOfPeers) {
        if (stopped) {
            return;
        }
        List<PeerEntry> usable = new ArrayList<>();
        for (PeerEntry peer : peers) {
            try {
                PeerId id = new PeerId(peer.peerId());
                if (!id.equals(node.peerId()) && peer.peerType() != null) {
                    counters.typeOf(id, peer.peerType());
                    usable.add(peer);
                }
            } catch (InvalidFieldException e) {
                log.debug("Array named a peer with a bad id {}: ignored", peer.peerId());
            }
        }
        directory = usable;
        counters.peersInSwarm(numberOfPeers);
        if (!started) {
            started = true;
            startedNanos = System.nanoTime();
            lastPeerProgressNanos = startedNanos;
            checkCompleted();
        }
        dial();
        schedule();
    }

    // ---- connections

    void onOpen(PeerConnection connection) {
        PeerId remote = connection.remote();
        dialing.remove(connection);
        if (stopped) {
            connection.close("leaving the swarm");
            return;
        }
        if (remote.equals(node.peerId())) {
            connection.close("that is this device");
            return;
        }
        if (banned.contains(remote)) {
            connection.close("banned");
            return;
        }
        PeerConnection existing = openConnectionTo(remote);
        if (existing != null) {
            // both sides dialed: both keep the connection the smaller peer id dialed, so exactly one survives
            PeerConnection keep = dialer(existing).hex().compareTo(dialer(connection).hex()) <= 0 ? existing : connection;
            PeerConnection drop = keep == existing ? connection : existing;
            drop.close("already connected");
            if (keep == existing) {
                return;
            }
        }
        if (!connection.outbound() && connections.size() >= 2 * settings.maxConnections()) {
            connection.close("too many connections");
            return;
        }
        connections.add(connection);
        counters.connected(remote, connection.remoteIp());
        connection.lastBlockNanos = System.nanoTime();
        if (!counters.knows(remote)) {
            events.unknownPeer();
        }
        connection.send(SwarmMessage.BitField.of(uploader.advertised(), store.pieceCount()));
        log.debug("peer {} connected {}", node.peerId(), connection);
    }

    void onClosed(PeerConnection connection, String reason) {
        dialing.remove(connection);
        PeerId remote = connection.remote() != null ? connection.remote() : connection.expectedPeer();
        if (connections.remove(connection)) {
            counters.disconnected(remote);
            for (int piece = connection.remoteHave.nextSetBit(0); piece >= 0; piece = connection.remoteHave.nextSetBit(piece + 1)) {
                availability[piece]--;
            }
            release(connection);
                log.debug("peer {} lost {}: {}", node.peerId(), connection, reason);
        }
        if (connection.outbound() && remote != null && !stopped) {
            dialBackoffUntil.put(remote, System.nanoTime() + DIAL_RETRY_NANOS);
        }
        if (!stopped) {
            schedule();
        }
    }

    private void dial() {
        if (stopped || completed) {
            return;
        }
        long now = System.nanoTime();
        int slots = settings.maxConnections() - connections.size() - dialing.size();
        for (Iterator<PeerEntry> peers = directory.iterator(); peers.hasNext() && slots > 0; ) {
            PeerEntry peer = peers.next();
            PeerId id = new PeerId(peer.peerId());
            if (banned.contains(id) || openConnectionTo(id) != null || isDialing(id)
                    || dialBackoffUntil.getOrDefault(id, now) > now) {
                continue;
            }
            try {
                InetSocketAddress target = resolver.resolve(peer);
                dialing.add(node.dial(target, this, id));
                slots--;
            } catch (IOException | RuntimeException e) {
                dialBackoffUntil.put(id, now + DIAL_RETRY_NANOS);
                log.debug("peer {} cannot dial {} at {}:{}: {}", node.peerId(), id, peer.ip(), peer.port(), e.toString());
            }
        }
    }

    // ---- messages

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
        boolean first = connection.bitFieldAllowed;
        connection.bitFieldAllowed = false;
        if (message instanceof SwarmMessage.BitField bitField) {
            if (!first) {
                throw new SwarmProtocolException("BitField after other messages");
            }
            onBitField(connection, bitField.pieces(store.pieceCount()));
        } else if (message instanceof SwarmMessage.Have have) {
            onHave(connection, have.pieceIndex());
        } else if (message instanceof SwarmMessage.Request request) {
            uploader.onRequest(connection, request);
        } else if (message instanceof SwarmMessage.Piece piece) {
            onBlock(connection, piece);
        } else if (message instanceof SwarmMessage.Cancel cancel) {
            uploader.onCancel(connection, cancel);
        } else if (message instanceof SwarmMessage.Choke) {
            connection.peerChoking = true;
            connection.chokedSinceNanos = System.nanoTime();
            release(connection);
            schedule();
        } else if (message instanceof SwarmMessage.Unchoke) {
            connection.peerChoking = false;
            schedule();
        } else if (message instanceof SwarmMessage.Interested) {
            uploader.onInterested(connection);
        } else if (message instanceof SwarmMessage.NotInterested) {
            uploader.onNotInterested(connection);
        }
    }

    private void onBitField(PeerConnection connection, BitSet pieces) {
        connection.remoteHave.or(pieces);
        for (int piece = pieces.nextSetBit(0); piece >= 0; piece = pieces.nextSetBit(piece + 1)) {
            availability[piece]++;
        }
        if (pieces.intersects(missing)) {
            lastPeerProgressNanos = System.nanoTime();
        }
        updateInterest(connection);
        schedule();
    }

    private void onHave(PeerConnection connection, int piece) throws SwarmProtocolException {
        requirePiece(piece);
        if (connection.remoteHave.get(piece)) {
            return;
        }
        connection.remoteHave.set(piece);
        availability[piece]++;
        if (missing.get(piece)) {
            lastPeerProgressNanos = System.nanoTime();
        }
        updateInterest(connection);
        schedule();
    }

    private void onBlock(PeerConnection connection, SwarmMessage.Piece block) throws SwarmProtocolException {
        PieceDownload download = inFlight.get(block.pieceIndex());
        if (download == null || download.source != connection) {
            return; // late: the piece was given up (a choke) or came from elsewhere
        }
        if (!download.accept(block.offset(), block.data())) {
            throw new SwarmProtocolException("a block nobody asked for: " + block);
        }
        connection.lastBlockNanos = System.nanoTime();
        if (download.complete()) {
            finishFromPeer(download);
        }
    }

    void onDrained(PeerConnection connection) {
        uploader.serve(connection);
    }

    // ---- downloading

    private void schedule() {
        if (stopped || completed || !started) {
            return;
        }
        BitSet wanted = (BitSet) missing.clone();
        wanted.andNot(inFlightPieces);
        List<PeerConnection> peers = List.copyOf(connections);
        int count = peers.size();
        int start = count == 0 ? 0 : random.nextInt(count);
        for (int i = 0; i < count && peerPiecesInFlight < PEER_PIECES_IN_FLIGHT; i++) {
            PeerConnection connection = peers.get((start + i) % count);
            if (!connection.isOpen()) {
                continue;
            }
            if (connection.peerChoking || !connection.amInterested) {
                continue;
            }
            while (connection.piecesInFlight < PIECES_PER_PEER && peerPiecesInFlight < PEER_PIECES_IN_FLIGHT) {
                int piece = PiecePicker.fromPeer(connection.remoteHave, wanted, availability, random);
                if (piece < 0) {
                    break;
                }
                requestFromPeer(connection, piece);
                wanted.clear(piece);
            }
        }
        scheduleHttp(wanted);
    }

    private void requestFromPeer(PeerConnection connection, int piece) {
        int length = store.pieceLength(piece);
        inFlight.put(piece, new PieceDownload(piece, connection, length));
        inFlightPieces.set(piece);
        peerPiecesInFlight++;
        if (connection.piecesInFlight++ == 0) {
            connection.lastBlockNanos = System.nanoTime();
        }
        List<SwarmMessage> requests = new ArrayList<>();
        for (int offset = 0; offset < length; offset += BLOCK_LENGTH) {
            requests.add(new SwarmMessage.Request(piece, offset, Math.min(BLOCK_LENGTH, length - offset)));
        }
        connection.sendAll(requests);
    }

    private void finishFromPeer(PieceDownload download) {
        PeerConnection source = download.source;
        forget(download);
        int length = store.pieceLength(download.piece);
        if (store.store(download.piece, download.data())) {
            counters.received(source.remote(), length);
            lastPeerProgressNanos = System.nanoTime();
            onStored(download.piece);
        } else {
            counters.discarded(length);
            onBadPiece(source, download.piece);
        }
        schedule();
    }

    private void onBadPiece(PeerConnection source, int piece) {
        PeerId peer = source.remote();
        int bad = badPieces.merge(peer, 1, Integer::sum);
        log.info("peer {}: piece {} from {} failed its hash and was discarded ({} bad)", node.peerId(), piece, peer, bad);
        if (bad >= BAN_AFTER_BAD_PIECES) {
            banned.add(peer);
            counters.banned();
            log.warn("peer {} banned {} after {} bad pieces", node.peerId(), peer, bad);
            source.close("banned after " + bad + " bad pieces");
        }
    }

    /**
     * Pieces no connected peer can give are fetched over HTTP: this device's own share of the swarm (see
     * {@link PiecePicker#httpShare}), and any of them once peers have brought nothing new for a while (a
     * share whose owner is slow, gone or banned). After joining, HTTP waits for the HTTP delay and the first
     * handshakes: devices that start together know of each other, and of what their peers hold, before
     * they pick.
     */
    private void scheduleHttp(BitSet wanted) {
        long now = System.nanoTime();
        BitSet share = httpShare();
        long patienceNanos = patienceNanos(now);
        long sinceStart = now - startedNanos;
        boolean gathering = sinceStart < settings.httpDelay().toNanos()
                || (!dialing.isEmpty() && sinceStart < settings.requestTimeout().toNanos());
        if (now < httpPausedUntilNanos || gathering) {
            armFallbackTimer(Math.max(Math.max(settings.httpDelay().toNanos() - sinceStart, 50_000_000L),
                    httpPausedUntilNanos - now));
            return;
        }
        BitSet candidates = (BitSet) wanted.clone();
        for (PeerConnection connection : connections) {
            // a peer that keeps us choked is not a source: its pieces may come over HTTP
            if (!connection.peerChoking || now - connection.chokedSinceNanos < patienceNanos) {
                candidates.andNot(connection.remoteHave);
            }
        }
        while (httpRequests < settings.httpRequests() && !candidates.isEmpty()) {
            int piece = PiecePicker.inShare(candidates, share, node.peerId());
            boolean fallback = piece < 0;
            if (piece < 0) {
                // the gathering after the join counts as progress: peers had no chance to bring anything yet
                long waited = now - Math.max(lastPeerProgressNanos, startedNanos + settings.httpDelay().toNanos());
                if (waited < patienceNanos) {
                    armFallbackTimer(patienceNanos - waited);
                    return;
                }
                piece = PiecePicker.anyOf(candidates, random);
            }
            candidates.clear(piece);
            log.debug("peer {} fetches piece {} over HTTP ({} share of {} pieces among {} members, {} connections)",
                    node.peerId(), piece, fallback ? "outside its" : "in its", share.cardinality(), shareMembers.size(),
                    connections.size());
            fetchOverHttp(piece);
        }
    }

    /**
     * How long peers may bring nothing new before this device fetches others' shares: as long as an owner
     * needs to fetch its share one piece after another, at the pace HTTP pieces take this device (a piece
     * still on its way included), since owners fetch from the same source; the request timeout while this
     * device has no pace of its own yet; never less than the HTTP delay.
     */
    private long patienceNanos(long now) {
        double perPiece = httpPieceNanos;
        for (PieceDownload download : inFlight.values()) {
            if (download.source == null) {
                perPiece = Math.max(perPiece, now - download.startedNanos);
            }
        }
        long expectedShare = (store.pieceCount() + shareMembers.size() - 1) / Math.max(1, shareMembers.size());
        long patience = perPiece > 0 ? (long) ((expectedShare + 1) * perPiece) : settings.requestTimeout().toNanos();
        return Math.max(settings.httpDelay().toNanos(), patience);
    }

    /** This device's HTTP share, worked out again only when the members change. */
    private BitSet httpShare() {
        Set<PeerId> members = members();
        if (!members.equals(shareMembers)) {
            shareMembers = members;
            share = PiecePicker.httpShare(members, node.peerId(), store.pieceCount());
        }
        return share;
    }

    /** This device and the peers it knows that still download (seeds need no share), banned ones left out. */
    private Set<PeerId> members() {
        Set<PeerId> members = new HashSet<>();
        members.add(node.peerId());
        for (PeerEntry peer : directory) {
            PeerId id = new PeerId(peer.peerId());
            if (!peer.seed() && !banned.contains(id)) {
                members.add(id);
            }
        }
        for (PeerConnection connection : connections) {
            if (connection.remoteHave.cardinality() < store.pieceCount()) {
                members.add(connection.remote());
            }
        }
        return members;
    }

    private void armFallbackTimer(long delayNanos) {
        if (fallbackTimer != null) {
            fallbackTimer.cancel();
        }
        fallbackTimer = loop.schedule(delayNanos / 1_000_000 + 1, this::schedule);
    }

    private void fetchOverHttp(int piece) {
        int length = store.pieceLength(piece);
        PieceDownload download = new PieceDownload(piece, null, length);
        inFlight.put(piece, download);
        inFlightPieces.set(piece);
        httpRequests++;
        http.fetch(store.pieceOffset(piece), length)
                .whenComplete((range, failure) -> loop.execute(() -> onHttpPiece(download, range, failure)));
    }

    private void onHttpPiece(PieceDownload download, RangeSource.Range range, Throwable failure) {
        httpRequests--;
        forget(download);
        if (stopped) {
            return;
        }
        int piece = download.piece;
        if (failure != null) {
            httpFailures++;
            long backoff = Math.min(MAX_HTTP_BACKOFF_MILLIS, 100L << Math.min(httpFailures, 6));
            httpPausedUntilNanos = System.nanoTime() + backoff * 1_000_000;
            log.info("peer {}: HTTP range for piece {} failed ({}), retrying in {} ms", node.peerId(), piece,
                    failure.getMessage(), backoff);
        } else if (store.store(piece, range.data())) {
            httpFailures = 0;
            long took = System.nanoTime() - download.startedNanos;
            httpPieceNanos = httpPieceNanos == 0 ? took : 0.7 * httpPieceNanos + 0.3 * took;
            counters.receivedOverHttp(range.data().length, range.cacheServer());
            counters.httpConnection(range.cacheServer());
            onStored(piece);
        } else {
            counters.discarded(range.data().length);
            log.warn("peer {}: piece {} from the HTTP source failed its hash and was discarded", node.peerId(), piece);
        }
        schedule();
    }

    private void forget(PieceDownload download) {
        if (inFlight.remove(download.piece, download)) {
            inFlightPieces.clear(download.piece);
            if (download.source != null) {
                peerPiecesInFlight--;
                download.source.piecesInFlight--;
            }
        }
    }

    /** A peer that chokes us or goes away answers none of its requests: its pieces go back to be picked. */
    private void release(PeerConnection connection) {
        List.copyOf(inFlight.values()).stream().filter(download -> download.source == connection).forEach(this::forget);
    }

    private void onStored(int piece) {
        missing.clear(piece);
        for (PeerConnection connection : List.copyOf(connections)) {
            if (!connection.remoteHave.get(piece)) {
                connection.send(new SwarmMessage.Have(piece));
            }
            updateInterest(connection);
        }
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
        boolean interested = connection.remoteHave.intersects(missing);
        if (interested != connection.amInterested) {
            connection.amInterested = interested;
            connection.send(interested ? new SwarmMessage.Interested() : new SwarmMessage.NotInterested());
        }
    }

    /** Keep-alives, stalled peers, new dials, and another look at what to fetch. */
    private void tick() {
        if (stopped) {
            return;
        }
        long now = System.nanoTime();
        for (PeerConnection connection : List.copyOf(connections)) {
            if (connection.piecesInFlight > 0 && now - connection.lastBlockNanos > settings.requestTimeout().toNanos()) {
                connection.close("sent no block for " + settings.requestTimeout().toSeconds() + " s");
            } else if (now - connection.lastReadNanos > 3 * KEEP_ALIVE_NANOS) {
                connection.close("silent for " + 3 * KEEP_ALIVE_NANOS / 1_000_000_000L + " s");
            } else if (now - connection.lastWriteNanos > KEEP_ALIVE_NANOS) {
                connection.send(new SwarmMessage.KeepAlive());
            }
        }
        dial();
        schedule();
        loop.schedule(TICK_MILLIS, this::tick);
    }

    private PeerConnection openConnectionTo(PeerId peer) {
        for (PeerConnection connection : connections) {
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

    private void requirePiece(int piece) throws SwarmProtocolException {
        if (piece < 0 || piece >= store.pieceCount()) {
            throw new SwarmProtocolException("piece " + piece + " of " + store.pieceCount());
        }
    }
}
