package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.docloudmock.protocol.array.SwarmSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Swarms by key, each a shard with its own lock: a join locks its swarm only, never the store. A swarm
 * that empties is taken out under its lock and marked dropped, so a join that still holds it looks again
 * rather than landing in a swarm nobody will find. The sweeper expires a swarm a chunk of rows at a time,
 * letting go of the lock between chunks, so a sweep of a million peers never stalls a join for long.
 */
public final class PartitionedPeerStore implements PeerStore {

    static final int INDEX_THRESHOLD = 32;
    static final int SWEEP_CHUNK = 1024;

    private static final Logger log = LoggerFactory.getLogger(PartitionedPeerStore.class);

    private final ConcurrentHashMap<String, Swarm> swarms = new ConcurrentHashMap<>();
    private final StoreTotals totals = new StoreTotals();
    private final Object sweeping = new Object();
    private final int indexThreshold;
    private final int sweepChunk;

    public PartitionedPeerStore() {
        this(INDEX_THRESHOLD, SWEEP_CHUNK);
    }

    /**
     * @param indexThreshold from how many peers a swarm keeps an index (below, a join scans it)
     * @param sweepChunk     how many rows the sweeper looks at per hold of a swarm's lock
     */
    PartitionedPeerStore(int indexThreshold, int sweepChunk) {
        this.indexThreshold = indexThreshold;
        this.sweepChunk = sweepChunk;
    }

    @Override
    public MatchedPeers join(String swarmKey, Peer peer, int wanted) {
        while (true) {
            Swarm swarm = swarms.get(swarmKey);
            if (swarm == null) {
                swarm = swarms.computeIfAbsent(swarmKey, key -> {
                    log.debug("Swarm {} created by peer {} from {}", key, peer.id(), peer.externalIp());
                    return new Swarm(totals, indexThreshold);
                });
            }
            synchronized (swarm) {
                if (!swarm.isDropped()) {
                    return swarm.join(peer, wanted);
                }
            }
        }
    }

    @Override
    public void leave(String swarmKey, Peer peer) {
        while (true) {
            Swarm swarm = swarms.get(swarmKey);
            if (swarm == null) {
                return;
            }
            synchronized (swarm) {
                if (!swarm.isDropped()) {
                    swarm.leave(peer);
                    dropIfEmpty(swarmKey, swarm, "its last peer left");
                    return;
                }
            }
        }
    }

    @Override
    public int removeSeenBefore(Instant cutoff) {
        int cutoffSeconds = Swarm.seconds(cutoff);
        int removed = 0;
        synchronized (sweeping) {
            for (Map.Entry<String, Swarm> entry : swarms.entrySet()) {
                Swarm swarm = entry.getValue();
                if (swarm.seenSince(cutoffSeconds)) {
                    continue;
                }
                Swarm.Sweep sweep = new Swarm.Sweep();
                boolean more = true;
                while (more) {
                    synchronized (swarm) {
                        if (swarm.isDropped()) {
                            break;
                        }
                        more = swarm.sweep(sweep, cutoffSeconds, sweepChunk);
                        if (!more) {
                            dropIfEmpty(entry.getKey(), swarm, "its last peer expired");
                        }
                    }
                }
                removed += sweep.removed;
            }
        }
        return removed;
    }

    @Override
    public List<SwarmSummary> swarms() {
        List<SwarmSummary> summaries = new ArrayList<>();
        swarms.forEach((key, swarm) -> {
            synchronized (swarm) {
                if (!swarm.isDropped() && !swarm.isEmpty()) {
                    summaries.add(swarm.summary(key));
                }
            }
        });
        summaries.sort(Comparator.comparing(SwarmSummary::contentId));
        return summaries;
    }

    @Override
    public Optional<List<Peer>> peers(String swarmKey) {
        Swarm swarm = swarms.get(swarmKey);
        if (swarm == null) {
            return Optional.empty();
        }
        synchronized (swarm) {
            return swarm.isDropped() || swarm.isEmpty() ? Optional.empty() : Optional.of(swarm.peers());
        }
    }

    @Override
    public long peerCount() {
        return totals.peers.sum();
    }

    @Override
    public int swarmCount() {
        return swarms.size();
    }

    @Override
    public ReportedBytes reportedBytes() {
        return new ReportedBytes(totals.bytesFromPeers.get(), totals.bytesFromCdn.get());
    }

    @Override
    public Map<String, ReportedBytes> busiestSwarms(int limit) {
        Comparator<Map.Entry<String, ReportedBytes>> byTotal = Comparator.comparingLong(entry -> entry.getValue().total());
        PriorityQueue<Map.Entry<String, ReportedBytes>> busiest = new PriorityQueue<>(byTotal);
        swarms.forEach((key, swarm) -> {
            ReportedBytes bytes;
            synchronized (swarm) {
                bytes = swarm.reportedBytes();
            }
            if (bytes.total() > 0) {
                busiest.add(Map.entry(key, bytes));
                if (busiest.size() > limit) {
                    busiest.poll();
                }
            }
        });
        Map<String, ReportedBytes> mostFirst = new LinkedHashMap<>();
        busiest.stream().sorted(byTotal.reversed()).forEach(entry -> mostFirst.put(entry.getKey(), entry.getValue()));
        return mostFirst;
    }

    @Override
    public void reset() {
        long peers = 0;
        int dropped = 0;
        for (Map.Entry<String, Swarm> entry : swarms.entrySet()) {
            Swarm swarm = entry.getValue();
            synchronized (swarm) {
                if (!swarm.isDropped()) {
                    peers += swarm.size();
                    dropped++;
                    swarm.drop();
                    swarms.remove(entry.getKey(), swarm);
                }
            }
        }
        log.info("Reset: dropped {} peers in {} swarms", peers, dropped);
    }

    /** Called holding the swarm's lock. */
    private void dropIfEmpty(String key, Swarm swarm, String why) {
        if (swarm.isEmpty()) {
            swarm.drop();
            swarms.remove(key, swarm);
            log.debug("Swarm {} emptied: {}", key, why);
        }
    }
}
