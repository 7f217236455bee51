package org.docloudmock.client.swarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerType;

/**
 * Bytes by source and by peer, kept by the device's loop and read by anyone. A peer's type (Lan, Group,
 * Internet) comes from Array's answers; bytes are summed by type when asked, so a peer that connected
 * before Array named it is still counted right.
 */
public final class TransferCounters {

    private final Map<PeerId, AtomicLong> receivedFrom = new ConcurrentHashMap<>();
    private final Map<PeerId, AtomicLong> sentTo = new ConcurrentHashMap<>();
    private final Map<PeerId, PeerType> types = new ConcurrentHashMap<>();
    private final AtomicLong fromHttp = new AtomicLong();
    private final AtomicLong fromCacheServer = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();
    private final AtomicInteger banned = new AtomicInteger();
    private final AtomicLong discardedMessages = new AtomicLong();
    private final AtomicLong discardedMessageBytes = new AtomicLong();
    private final AtomicLong peersInSwarm = new AtomicLong();
    private final Map<PeerId, Link> links = new ConcurrentHashMap<>();
    private final AtomicInteger httpConnections = new AtomicInteger();
    private final AtomicInteger cacheServerConnections = new AtomicInteger();

    /** When and where a peer was connected: the loop writes it, readers take what they see. */
    private static final class Link {
        volatile String ip;
        volatile long connectedSinceNanos;
        volatile long connectedNanos;
        volatile boolean established;
    }

    void received(PeerId peer, long bytes) {
        receivedFrom.computeIfAbsent(peer, p -> new AtomicLong()).addAndGet(bytes);
    }

    void sent(PeerId peer, long bytes) {
        sentTo.computeIfAbsent(peer, p -> new AtomicLong()).addAndGet(bytes);
    }

    /** A connection to a peer opened (its handshake done) at {@code ip}. */
    void connected(PeerId peer, String ip) {
        Link link = links.computeIfAbsent(peer, p -> new Link());
        link.ip = ip;
        link.connectedSinceNanos = System.nanoTime();
        link.established = true;
    }

    void disconnected(PeerId peer) {
        Link link = links.get(peer);
        if (link != null && link.established) {
            link.established = false;
            link.connectedNanos += System.nanoTime() - link.connectedSinceNanos;
        }
    }

    /** An HTTP exchange that brought bytes, from the CDN or a cache server (the mock counts exchanges as connections). */
    public void httpConnection(boolean cacheServer) {
        (cacheServer ? cacheServerConnections : httpConnections).incrementAndGet();
    }

    public int httpConnections() {
        return httpConnections.get();
    }

    public int cacheServerConnections() {
        return cacheServerConnections.get();
    }

    /** Peers of one type ever connected. */
    public int connections(PeerType type) {
        return (int) links.keySet().stream().filter(peer -> types.get(peer) == type).count();
    }

    /** Every peer ever connected, as -PeerInfo lists them, by IP. */
    public List<PeerInfo> peerInfo() {
        List<PeerInfo> peers = new ArrayList<>();
        long now = System.nanoTime();
        links.forEach((peer, link) -> {
            boolean established = link.established;
            long nanos = link.connectedNanos + (established ? now - link.connectedSinceNanos : 0);
            long sent = bytes(sentTo, peer);
            long received = bytes(receivedFrom, peer);
            PeerType type = types.get(peer);
            peers.add(new PeerInfo(link.ip, type == null ? "Unknown" : type.name(), established, sent, received,
                    perSecond(sent, nanos), perSecond(received, nanos)));
        });
        peers.sort(Comparator.comparing(PeerInfo::ip));
        return peers;
    }

    public void receivedOverHttp(long bytes, boolean cacheServer) {
        fromHttp.addAndGet(bytes);
        if (cacheServer) {
            fromCacheServer.addAndGet(bytes);
        }
    }

    void discarded(long bytes) {
        discarded.addAndGet(bytes);
    }

    void discardedMessage(long payloadBytes) {
        discardedMessages.incrementAndGet();
        discardedMessageBytes.addAndGet(payloadBytes);
    }

    void banned() {
        banned.incrementAndGet();
    }

    void peersInSwarm(long count) {
        peersInSwarm.set(count);
    }

    /** Records the peer's type as Array named it, so its bytes are summed under that type. */
    void recordType(PeerId peer, PeerType type) {
        types.put(peer, type);
    }

    boolean knows(PeerId peer) {
        return types.containsKey(peer);
    }

    public long fromPeers() {
        return sum(receivedFrom);
    }

    /** Bytes received from peers of one type; peers Array never named count in {@link #fromPeers()} only. */
    public long fromPeers(PeerType type) {
        return sumOf(receivedFrom, type);
    }

    public long toPeers() {
        return sum(sentTo);
    }

    public long toPeers(PeerType type) {
        return sumOf(sentTo, type);
    }

    /** Bytes received from each peer, by peer id. */
    public Map<PeerId, Long> fromEachPeer() {
        Map<PeerId, Long> copy = new HashMap<>();
        receivedFrom.forEach((peer, bytes) -> copy.put(peer, bytes.get()));
        return copy;
    }

    /** Over HTTP from any source, the cache server's bytes included (PerfSnapThisMonth's DownloadHttpBytes). */
    public long fromHttp() {
        return fromHttp.get();
    }

    public long fromCacheServer() {
        return fromCacheServer.get();
    }

    /** Bytes of pieces that failed their hash and were thrown away. */
    public long discarded() {
        return discarded.get();
    }

    /** Swarm messages read only as far as their id and skipped: id 20 (HeapSpraying) and unknown ids. */
    public long discardedMessages() {
        return discardedMessages.get();
    }

    /** Payload bytes of {@link #discardedMessages()}. */
    public long discardedMessageBytes() {
        return discardedMessageBytes.get();
    }

    public int bannedPeers() {
        return banned.get();
    }

    /** Array's NumberOfPeers in its last answer: what DO reports as NumPeers. */
    public long peersInSwarm() {
        return peersInSwarm.get();
    }

    private static long bytes(Map<PeerId, AtomicLong> bytes, PeerId peer) {
        AtomicLong count = bytes.get(peer);
        return count == null ? 0 : count.get();
    }

    private static long perSecond(long bytes, long nanos) {
        return nanos <= 0 ? 0 : Math.round(bytes * 1e9 / nanos);
    }

    private long sumOf(Map<PeerId, AtomicLong> bytes, PeerType type) {
        return bytes.entrySet().stream().filter(entry -> types.get(entry.getKey()) == type)
                .mapToLong(entry -> entry.getValue().get()).sum();
    }

    private static long sum(Map<PeerId, AtomicLong> bytes) {
        return bytes.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
