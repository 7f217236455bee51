package org.docloudmock.bench.array;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.Arrays;
import javax.management.ObjectName;
import org.docloudmock.array.matching.PartitionedPeerStore;
import org.docloudmock.array.matching.Peer;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.array.synthetic.SyntheticSwarms;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;

/**
 * Retained heap per live peer: loads {@code peers} peers over {@code contents} contents, then compares the
 * heap in use after full GCs (System.gc() five times; MemoryMXBean) with the empty store's, and prints the
 * largest classes of GC.class_histogram. Populations: {@code internet} (every peer in Internet mode behind
 * its own NAT, as in the HTTP benchmark) and {@code mixed} (per content: half in LAN mode, five behind a
 * NAT; a quarter in Group mode in one of four groups; a quarter in Internet mode; one in five a seed).
 *
 * <pre>java -Xmx2g -cp bench/array-jmh/target/array-benchmarks.jar org.docloudmock.bench.array.PeerStoreFootprint 1000000 100000 mixed</pre>
 */
public final class PeerStoreFootprint {

    private PeerStoreFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int peers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int contents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String population = args.length > 2 ? args[2] : "mixed";
        PeerStore store = new PartitionedPeerStore();
        long empty = heapAfterFullGc();
        Instant now = Instant.now();
        int perContent = peers / contents;
        SyntheticSwarms internet = new SyntheticSwarms(contents, perContent);
        for (int index = 0; index < perContent; index++) {
            for (int content = 0; content < contents; content++) {
                Peer peer = population.equals("internet") ? internet.peer(content, index, now) : mixed(content, index, perContent, now);
                store.join("content-" + content, peer, 0);
            }
        }
        long loaded = heapAfterFullGc();
        System.out.printf("%s: %,d peers in %,d swarms: %,d bytes of heap retained, %.1f bytes a peer%n", population,
                store.peerCount(), store.swarmCount(), loaded - empty, (double) (loaded - empty) / store.peerCount());
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Arrays.stream(histogram.split("\n")).limit(16).forEach(System.out::println);
        Reference.reachabilityFence(store);
    }

    private static Peer mixed(int content, int index, int perContent, Instant now) {
        int number = content * perContent + index;
        DownloadMode mode = index % 4 < 2 ? DownloadMode.LAN : index % 4 == 2 ? DownloadMode.GROUP : DownloadMode.INTERNET;
        // LAN-mode peers share a NAT (in 172.16.0.0/12) five at a time; the others are behind NATs of their own
        int nat = mode == DownloadMode.LAN ? content * perContent + index / 5 : number;
        String prefix = mode == DownloadMode.LAN ? "172." + (16 + (nat >>> 16 & 0xF)) : "10." + (nat >>> 16 & 0xFF);
        return new Peer(new PeerId("%040x".formatted(number)), prefix + "." + (nat >>> 8 & 0xFF) + "." + (nat & 0xFF),
                "192.168." + (number >>> 8 & 0xFF) + "." + (number & 0xFF), 7680,
                mode == DownloadMode.GROUP ? "group-" + index % 4 : "", mode, 1_000, 5_000_000, 2_000_000, 0,
                index % 5 == 0 ? 0L : 3_000_000L, now);
    }

    private static long heapAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
