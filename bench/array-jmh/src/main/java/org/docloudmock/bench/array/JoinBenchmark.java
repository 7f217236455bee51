package org.docloudmock.bench.array;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.docloudmock.array.matching.PartitionedPeerStore;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.array.matching.MatchedPeers;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A periodic re-join with PeersWanted=50 by a random peer of one swarm, in a swarm of 100 and of 100,000
 * peers: the time should not depend on the swarm's size. {@code internet}: every peer in Internet mode
 * behind its own NAT (the joiner gets 50 Internet peers); {@code lan}: every peer in LAN mode, 100 behind
 * each NAT (the joiner gets 50 of its NAT's). {@code matching} is the whole join as the service runs it
 * (validation, the peer, metrics); {@code store} the peer store alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JoinBenchmark {

    private static final String CONTENT = "bench-content";
    private static final int WANTED = 50;
    private static final int JOINS = 1 << 14;

    @Param({"100", "100000"})
    int swarmSize;

    @Param({"internet", "lan"})
    String population;

    private PeerStore store;
    private PeerMatching matching;
    private JoinRequest[] requests;
    private String[] externalIps;
    private Peer[] peers;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        store = new PartitionedPeerStore();
        matching = new PeerMatching(store, Clock.systemUTC(), Duration.ofMinutes(15), 100, Duration.ofMinutes(5),
                new SimpleMeterRegistry());
        Instant now = Instant.now();
        for (int number = 0; number < swarmSize; number++) {
            store.join(CONTENT, peer(number, now), 0);
        }
        SplittableRandom random = new SplittableRandom(42);
        requests = new JoinRequest[JOINS];
        externalIps = new String[JOINS];
        peers = new Peer[JOINS];
        for (int i = 0; i < JOINS; i++) {
            int number = random.nextInt(swarmSize);
            peers[i] = peer(number, now);
            externalIps[i] = peers[i].externalIp();
            requests[i] = JoinRequest.builder().contentId(CONTENT).peerId(peers[i].id().hex())
                    .reportedIp(peers[i].reportedIp()).background(false).uploaded(0L).downloaded(0L).downloadedCdn(0L)
                    .downloadedDoinc(0L).left(peers[i].left()).joinRequestEvent(0).restrictedUpload(false)
                    .peersWanted(WANTED).scope(peers[i].mode().code()).seq(1L).uploadedBps(0L).downloadBps(0L).build();
        }
    }

    @Benchmark
    public JoinResponse matching() {
        int i = next++ & (JOINS - 1);
        return matching.join(requests[i], externalIps[i]);
    }

    @Benchmark
    public MatchedPeers store() {
        int i = next++ & (JOINS - 1);
        return store.join(CONTENT, peers[i], WANTED);
    }

    private Peer peer(int number, Instant now) {
        boolean lan = population.equals("lan");
        int nat = lan ? number / 100 : number;
        return new Peer(new PeerId("%040x".formatted(number)), "10." + (nat >>> 16 & 0xFF) + "." + (nat >>> 8 & 0xFF) + "." + (nat & 0xFF),
                "192.168." + (number >>> 8 & 0xFF) + "." + (number & 0xFF), 7680, "",
                lan ? DownloadMode.LAN : DownloadMode.INTERNET, 0, 0, 0, 0, number % 5 == 0 ? 0L : 1_000_000L, now);
    }
}
