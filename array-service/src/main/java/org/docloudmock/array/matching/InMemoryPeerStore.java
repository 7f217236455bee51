package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.SwarmSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Straightforward and correct: each join looks at its whole swarm. Swarms are created and dropped
 * inside {@link ConcurrentHashMap#compute}, so a join never lands in a swarm that is being dropped.
 */
public final class InMemoryPeerStore implements PeerStore {

    private static final Logger log = LoggerFactory.getLogger(InMemoryPeerStore.class);

    private final ConcurrentHashMap<String, Swarm> swarms = new ConcurrentHashMap<>();

    @Override
    public void put(String swarmKey, Peer peer) {
        swarms.compute(swarmKey, (key, swarm) -> {
            if (swarm == null) {
                log.info("Swarm {} created by peer {} from {}", key, peer.id(), peer.externalIp());
                swarm = new Swarm();
            }
            swarm.put(peer);
            return swarm;
        });
    }

    @Override
    public void remove(String swarmKey, PeerId peerId) {
        swarms.computeIfPresent(swarmKey, (key, swarm) -> {
            swarm.remove(peerId);
            return keepUnlessEmpty(key, swarm, "its last peer left");
        });
    }

    @Override
    public Selection select(String swarmKey, Peer requester, int wanted) {
        Swarm swarm = swarms.get(swarmKey);
        return swarm == null ? Selection.NONE : swarm.select(requester, wanted, ThreadLocalRandom.current());
    }

    @Override
    public int removeSeenBefore(Instant cutoff) {
        AtomicInteger removed = new AtomicInteger();
        for (String swarmKey : swarms.keySet()) {
            swarms.computeIfPresent(swarmKey, (key, swarm) -> {
                removed.addAndGet(swarm.removeSeenBefore(cutoff));
                return keepUnlessEmpty(key, swarm, "its last peer expired");
            });
        }
        return removed.get();
    }

    @Override
    public List<SwarmSummary> swarms() {
        return swarms.entrySet().stream()
                .map(entry -> entry.getValue().summary(entry.getKey()))
                .filter(summary -> summary.peers() > 0) // emptied while we read it
                .sorted(Comparator.comparing(SwarmSummary::contentId))
                .toList();
    }

    @Override
    public Optional<List<Peer>> peers(String swarmKey) {
        // a swarm emptied while we read it is gone
        return Optional.ofNullable(swarms.get(swarmKey)).map(Swarm::peers).filter(peers -> !peers.isEmpty());
    }

    @Override
    public void reset() {
        int peers = 0;
        int dropped = 0;
        for (String swarmKey : swarms.keySet()) {
            Swarm swarm = swarms.remove(swarmKey);
            if (swarm != null) {
                peers += swarm.size();
                dropped++;
            }
        }
        log.info("Reset: dropped {} peers in {} swarms", peers, dropped);
    }

    private static Swarm keepUnlessEmpty(String key, Swarm swarm, String why) {
        if (swarm.isEmpty()) {
            log.info("Swarm {} emptied: {}", key, why);
            return null;
        }
        return swarm;
    }
}
