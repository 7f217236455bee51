package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;
import org.junit.jupiter.api.Test;

/**
 * Threads join, re-join in other modes and NATs, and leave, each with peers of its own, in the same
 * swarms, while the sweeper expires stale peers there a few rows at a time and an admin reads the views.
 * Afterwards every swarm holds exactly the peers its threads left in it: none lost, none phantom.
 */
class PartitionedPeerStoreConcurrencyTest {

    private static final int THREADS = 4;
    private static final int OPERATIONS = 15_000;
    private static final int PEERS_PER_THREAD = 300;
    private static final int STALE_PEERS = 12_000;
    private static final List<String> CONTENTS = List.of("content-0", "content-1", "content-2");
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofHours(1));

    // a low index threshold and a small sweep chunk: swarms build and drop their index, and sweeps interleave with joins
    private final PartitionedPeerStore store = new PartitionedPeerStore(8, 16);

    @Test
    void manyThreadsJoiningAndLeavingLoseNoPeerAndInventNone() throws Exception {
        for (int i = 0; i < STALE_PEERS; i++) {
            store.join(CONTENTS.get(i % CONTENTS.size()), peer(1_000_000 + i, 10_000 + i, DownloadMode.INTERNET, LONG_AGO), 0);
        }
        Map<String, Set<String>> expected = new ConcurrentHashMap<>();
        CONTENTS.forEach(content -> expected.put(content, ConcurrentHashMap.newKeySet()));
        AtomicBoolean working = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread * PEERS_PER_THREAD;
                workers.add(threads.submit(() -> work(first, expected, start)));
            }
            Future<Integer> sweeper = threads.submit(() -> {
                start.await();
                int expired = 0;
                while (working.get()) {
                    expired += store.removeSeenBefore(NOW.minus(Duration.ofMinutes(30)));
                }
                return expired;
            });
            Future<?> admin = threads.submit(() -> {
                start.await();
                for (int read = 0; working.get(); read++) {
                    store.swarms();
                    store.peers(CONTENTS.get(read % CONTENTS.size()));
                    Thread.sleep(1);
                }
                return null;
            });
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            working.set(false);
            assertThat(sweeper.get()).isEqualTo(STALE_PEERS);
            admin.get();
        } finally {
            threads.shutdownNow();
        }
        long total = 0;
        for (String content : CONTENTS) {
            Set<String> held = new HashSet<>();
            store.peers(content).ifPresent(peers -> peers.forEach(peer -> held.add(peer.id().hex())));
            assertThat(held).as(content).isEqualTo(expected.get(content));
            total += held.size();
        }
        assertThat(store.peerCount()).isEqualTo(total);
        assertThat(store.swarms().stream().mapToInt(summary -> summary.peers()).sum()).isEqualTo(total);
    }

    /** One thread's peers, each registered in at most one content at a time, as its thread last left it. */
    private Void work(int first, Map<String, Set<String>> expected, CountDownLatch start) throws InterruptedException {
        Random random = new Random(first);
        Map<Integer, String> joinedTo = new HashMap<>();
        start.await();
        for (int operation = 0; operation < OPERATIONS; operation++) {
            int number = first + random.nextInt(PEERS_PER_THREAD);
            String content = joinedTo.getOrDefault(number, CONTENTS.get(random.nextInt(CONTENTS.size())));
            Peer peer = peer(number, random.nextInt(6), DownloadMode.values()[1 + random.nextInt(3)], NOW);
            if (random.nextInt(5) == 0) {
                store.leave(content, peer);
                joinedTo.remove(number);
                expected.get(content).remove(peer.id().hex());
            } else {
                joinedTo.put(number, content);
                expected.get(content).add(peer.id().hex());
                MatchedPeers selection = store.join(content, peer, 1 + random.nextInt(20));
                Set<String> returned = new HashSet<>();
                for (PeerEntry entry : selection.peers()) {
                    assertThat(returned.add(entry.peerId())).isTrue();
                }
                assertThat(returned).doesNotContain(peer.id().hex());
                assertThat(selection.visible()).isGreaterThanOrEqualTo(selection.peers().size());
            }
        }
        return null;
    }

    private static Peer peer(int number, int nat, DownloadMode mode, Instant lastSeen) {
        String externalIp = nat % 3 == 0 ? "2001:db8::" + Integer.toHexString(nat + 1) : "198.51." + (nat >> 8 & 255) + "." + (nat & 255);
        return new Peer(new PeerId("%040x".formatted(number)), externalIp, "10.0.0." + (number % 250), 7680,
                nat % 2 == 0 ? "g" + nat % 4 : "", mode, 0, 0, 0, 0, number % 3 == 0 ? 0L : 100L, lastSeen);
    }
}
