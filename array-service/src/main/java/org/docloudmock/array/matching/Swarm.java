package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.SwarmSummary;

/** The peers of one content. Every method holds the swarm's lock. */
final class Swarm {

    private final Map<PeerId, Peer> peers = new LinkedHashMap<>();

    synchronized void put(Peer peer) {
        peers.put(peer.id(), peer);
    }

    synchronized void remove(PeerId id) {
        peers.remove(id);
    }

    synchronized int removeSeenBefore(Instant cutoff) {
        int before = peers.size();
        peers.values().removeIf(peer -> peer.lastSeen().isBefore(cutoff));
        return before - peers.size();
    }

    synchronized boolean isEmpty() {
        return peers.isEmpty();
    }

    synchronized int size() {
        return peers.size();
    }

    synchronized List<Peer> peers() {
        return List.copyOf(peers.values());
    }

    synchronized Selection select(Peer requester, int wanted, RandomGenerator random) {
        return PeerSelection.select(requester, peers.values(), wanted, random);
    }

    /** Groups count only group-mode peers: the Group relation joins nobody else. */
    synchronized SwarmSummary summary(String key) {
        int seeds = 0;
        int internet = 0;
        for (Peer peer : peers.values()) {
            seeds += peer.isSeed() ? 1 : 0;
            internet += peer.mode() == DownloadMode.INTERNET ? 1 : 0;
        }
        long lans = peers.values().stream().map(Peer::externalIp).distinct().count();
        long groups = peers.values().stream()
                .filter(peer -> peer.mode() == DownloadMode.GROUP && !peer.groupId().isEmpty())
                .map(Peer::groupId).distinct().count();
        return new SwarmSummary(key, peers.size(), seeds, (int) lans, (int) groups, internet);
    }
}
