package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.array.SwarmSummary;

/**
 * The plainest store that can be right, to hold {@link PartitionedPeerStore} to: one lock, and every join
 * looks at its whole swarm, pair by pair, through {@link Visibility#relation}. Never used in service.
 */
final class ReferencePeerStore implements PeerStore {

    private static final PeerType[] RELATIONS = PeerType.values();

    private final BiFunction<Peer, Peer, Optional<PeerType>> rule;
    private final Map<String, Map<PeerId, Peer>> swarms = new TreeMap<>();
    private final Map<String, long[]> bytesBySwarm = new TreeMap<>();
    private final long[] bytes = new long[2];
    private final Random random = new Random(1);

    ReferencePeerStore() {
        this(Visibility::relation);
    }

    /** A store that relates peers by {@code rule} instead: a wrong one shows that the agreement check can fail. */
    ReferencePeerStore(BiFunction<Peer, Peer, Optional<PeerType>> rule) {
        this.rule = rule;
    }

    @Override
    public synchronized MatchedPeers join(String swarmKey, Peer peer, int wanted) {
        Map<PeerId, Peer> swarm = swarms.computeIfAbsent(swarmKey, key -> new LinkedHashMap<>());
        account(swarmKey, swarm.get(peer.id()), peer);
        swarm.put(peer.id(), peer);
        return select(peer, swarm.values(), wanted);
    }

    @Override
    public synchronized void leave(String swarmKey, Peer peer) {
        Map<PeerId, Peer> swarm = swarms.get(swarmKey);
        if (swarm != null && swarm.containsKey(peer.id())) {
            account(swarmKey, swarm.remove(peer.id()), peer);
            dropIfEmpty(swarmKey);
        }
    }

    @Override
    public synchronized int removeSeenBefore(Instant cutoff) {
        int removed = 0;
        for (String key : List.copyOf(swarms.keySet())) {
            Map<PeerId, Peer> swarm = swarms.get(key);
            int before = swarm.size();
            swarm.values().removeIf(peer -> peer.lastSeen().isBefore(cutoff));
            removed += before - swarm.size();
            dropIfEmpty(key);
        }
        return removed;
    }

    @Override
    public synchronized List<SwarmSummary> swarms() {
        List<SwarmSummary> summaries = new ArrayList<>();
        swarms.forEach((key, swarm) -> {
            List<Peer> peers = List.copyOf(swarm.values());
            summaries.add(new SwarmSummary(key, peers.size(),
                    (int) peers.stream().filter(Peer::isSeed).count(),
                    (int) peers.stream().map(Peer::externalIp).distinct().count(),
                    (int) peers.stream().filter(peer -> peer.mode() == DownloadMode.GROUP && !peer.groupId().isEmpty()
                                    && !peer.restrictedToSubnet())
                            .map(Peer::groupId).distinct().count(),
                    (int) peers.stream().filter(peer -> peer.mode() == DownloadMode.INTERNET && !peer.restrictedToSubnet())
                            .count()));
        });
        return summaries;
    }

    @Override
    public synchronized Optional<List<Peer>> peers(String swarmKey) {
        return Optional.ofNullable(swarms.get(swarmKey)).map(swarm -> swarm.values().stream()
                .sorted(Comparator.comparing(peer -> peer.id().hex())).toList());
    }

    @Override
    public synchronized long peerCount() {
        return swarms.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public synchronized int swarmCount() {
        return swarms.size();
    }

    @Override
    public synchronized ReportedBytes reportedBytes() {
        return new ReportedBytes(bytes[0], bytes[1]);
    }

    @Override
    public synchronized Map<String, ReportedBytes> busiestSwarms(int limit) {
        Map<String, ReportedBytes> busiest = new LinkedHashMap<>();
        bytesBySwarm.entrySet().stream()
                .filter(entry -> entry.getValue()[0] + entry.getValue()[1] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[0] + entry.getValue()[1]).reversed())
                .limit(limit)
                .forEach(entry -> busiest.put(entry.getKey(), new ReportedBytes(entry.getValue()[0], entry.getValue()[1])));
        return busiest;
    }

    @Override
    public synchronized void reset() {
        swarms.clear();
        bytesBySwarm.clear();
    }

    private MatchedPeers select(Peer requester, Iterable<Peer> swarm, int wanted) {
        // tiers in return order: Lan seeds, Lan others, Group seeds, Group others, Internet seeds, Internet others
        List<List<Peer>> tiers = new ArrayList<>();
        for (int i = 0; i < RELATIONS.length * 2; i++) {
            tiers.add(new ArrayList<>());
        }
        int visible = 0;
        for (Peer candidate : swarm) {
            Optional<PeerType> relation = rule.apply(requester, candidate);
            if (relation.isPresent()) {
                visible++;
                tiers.get(relation.get().ordinal() * 2 + (requester.needsData() && !candidate.isSeed() ? 1 : 0)).add(candidate);
            }
        }
        List<PeerEntry> chosen = new ArrayList<>();
        for (int tier = 0; tier < tiers.size(); tier++) {
            PeerType relation = RELATIONS[tier / 2];
            Collections.shuffle(tiers.get(tier), random);
            for (Peer peer : tiers.get(tier)) {
                if (chosen.size() < wanted) {
                    chosen.add(new PeerEntry(peer.id().hex(), Visibility.address(relation, peer), peer.port(), relation, peer.isSeed()));
                }
            }
        }
        return new MatchedPeers(chosen, visible);
    }

    private void account(String swarmKey, Peer before, Peer now) {
        long[] swarmBytes = bytesBySwarm.computeIfAbsent(swarmKey, key -> new long[2]);
        long fromPeers = growth(before == null ? 0 : before.downloadedFromPeers(), now.downloadedFromPeers());
        long fromCdn = growth(before == null ? 0 : before.downloadedCdn(), now.downloadedCdn());
        swarmBytes[0] += fromPeers;
        swarmBytes[1] += fromCdn;
        bytes[0] += fromPeers;
        bytes[1] += fromCdn;
    }

    private static long growth(long before, long now) {
        return now >= before ? now - before : now;
    }

    private void dropIfEmpty(String swarmKey) {
        if (swarms.get(swarmKey).isEmpty()) {
            swarms.remove(swarmKey);
            bytesBySwarm.remove(swarmKey);
        }
    }
}
