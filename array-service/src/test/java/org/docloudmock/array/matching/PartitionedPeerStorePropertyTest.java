package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.PeerEntry;

/**
 * Random populations of modes, NATs (IPv4 and IPv6), groups, subnet restrictions, seeds and re-joins that move peers between
 * them, with leaves and expiry in between: after every join, {@link PartitionedPeerStore} and the naive
 * {@link ReferencePeerStore} agree on NumberOfPeers, on which peers may be returned and how (relation,
 * address, port, seed), on the order of classes (Lan before Group before Internet, seeds first), and on
 * the cap. The random choice among equals is not compared. Small index thresholds make swarms build and
 * drop their index as they grow and shrink, so both the scan and the index are held to the reference.
 */
class PartitionedPeerStorePropertyTest {

    private static final List<String> CONTENTS = List.of("content-a", "content-b");
    private static final List<String> NATS = List.of("203.0.113.1", "203.0.113.2", "198.51.100.7", "2001:db8::1", "2001:db8::2");
    private static final List<String> REPORTED = List.of("192.168.0.2", "192.168.0.3", "192.168.0.130", "10.0.0.9", "fd00::5");
    /** Prefix lengths of DORestrictPeerSelectionBy = 1; -1 (most often): no restriction. */
    private static final List<Integer> SUBNET_PREFIXES = List.of(-1, -1, -1, -1, 24, 25, 8, 0);
    private static final List<String> GROUPS = List.of("", "g1", "g2", "g3");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** What one client does: join in some mode (or leave), or time passes and the sweeper runs. */
    record Step(boolean sweep, int ageSeconds, String content, int peer, String nat, String reported, String group,
                DownloadMode mode, Long left, boolean leave, int wanted, long downloaded, long downloadedCdn,
                int subnetPrefix) {

        /** A restriction needs an IPv4 ReportedIp, as a join is validated. */
        Peer peer(Instant now) {
            boolean canRestrict = reported != null && reported.indexOf(':') < 0;
            return new Peer(new PeerId("%040x".formatted(peer * 7919L)), nat, reported, 7680 + peer % 3, group, mode,
                    0, downloaded, downloadedCdn, 0, left, now, canRestrict ? subnetPrefix : -1);
        }
    }

    @Property(tries = 150)
    void fastStoreAnswersWhatTheTableAllows(@ForAll("smallSwarms") List<Step> script,
                                            @ForAll @IntRange(min = 1, max = 24) int indexThreshold,
                                            @ForAll @IntRange(min = 1, max = 8) int sweepChunk) {
        replay(script, new PartitionedPeerStore(indexThreshold, sweepChunk));
    }

    /** Thousands of peers over hundreds of NATs: tables grow and shrink, NAT partitions come and go. */
    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void fastStoreAnswersWhatTheTableAllowsInLargeSwarms(@ForAll("largeSwarms") List<Step> script) {
        replay(script, new PartitionedPeerStore());
    }

    private static void replay(List<Step> script, PeerStore fast) {
        PeerStore reference = new ReferencePeerStore();
        Instant now = START;
        for (Step step : script) {
            now = now.plusSeconds(1);
            if (step.sweep()) {
                Instant cutoff = now.minusSeconds(step.ageSeconds());
                assertThat(fast.removeSeenBefore(cutoff)).isEqualTo(reference.removeSeenBefore(cutoff));
            } else if (step.leave() || !step.mode().peers()) {
                fast.leave(step.content(), step.peer(now));
                reference.leave(step.content(), step.peer(now));
            } else {
                Peer requester = step.peer(now);
                MatchedPeers got = fast.join(step.content(), requester, step.wanted());
                MatchedPeers allowed = reference.join(step.content(), requester, Integer.MAX_VALUE);
                assertAllowed(requester, got, allowed, step.wanted());
            }
        }
        assertThat(fast.swarms()).isEqualTo(reference.swarms());
        for (String content : CONTENTS) {
            assertThat(fast.peers(content)).isEqualTo(reference.peers(content));
        }
        assertThat(fast.peerCount()).isEqualTo(reference.peerCount());
        assertThat(fast.reportedBytes()).isEqualTo(reference.reportedBytes());
        assertThat(fast.busiestSwarms(5)).isEqualTo(reference.busiestSwarms(5));
    }

    /** {@code allowed} is everything the reference lets the requester see, in an order of the right classes. */
    private static void assertAllowed(Peer requester, MatchedPeers got, MatchedPeers allowed, int wanted) {
        assertThat(got.visible()).as("NumberOfPeers").isEqualTo(allowed.visible());
        assertThat(got.peers()).as("capped at PeersWanted").hasSize(Math.min(wanted, allowed.visible()));
        Map<String, PeerEntry> allowedById = allowed.peers().stream()
                .collect(Collectors.toMap(PeerEntry::peerId, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (PeerEntry entry : got.peers()) {
            assertThat(entry).as("returned as the table says").isEqualTo(allowedById.get(entry.peerId()));
            assertThat(seen.add(entry.peerId())).as("returned once").isTrue();
        }
        assertThat(got.peers().stream().map(entry -> orderClass(requester, entry)).toList()).as("order")
                .isEqualTo(allowed.peers().stream().limit(got.peers().size()).map(entry -> orderClass(requester, entry)).toList());
    }

    /** Lan, Group, Internet; seeds before the others when the requester needs data. Equals rank equal. */
    private static int orderClass(Peer requester, PeerEntry entry) {
        return entry.peerType().ordinal() * 2 + (requester.needsData() && !entry.seed() ? 1 : 0);
    }

    @Provide
    Arbitrary<List<Step>> smallSwarms() {
        return scripts(40, Arbitraries.of(NATS), 1, 250, 60);
    }

    @Provide
    Arbitrary<List<Step>> largeSwarms() {
        Arbitrary<String> manyNats = Arbitraries.integers().between(0, 299)
                .map(nat -> nat % 10 == 0 ? "2001:db8::" + Integer.toHexString(nat) : "198.51." + nat / 256 + "." + nat % 256);
        return scripts(2000, Arbitraries.oneOf(manyNats, Arbitraries.of(NATS)), 5000, 8000, 4000);
    }

    /** Peer ids up to {@code peers}; a sweep expires what is older than up to {@code maxAge} steps (seconds). */
    private static Arbitrary<List<Step>> scripts(int peers, Arbitrary<String> nats, int minSteps, int maxSteps, int maxAge) {
        Arbitrary<Step> who = Combinators.combine(
                Arbitraries.of(CONTENTS),
                Arbitraries.integers().between(0, peers),
                nats,
                Arbitraries.of(REPORTED).injectNull(0.2),
                Arbitraries.of(GROUPS),
                Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.just(DownloadMode.LAN)),
                        Tuple.of(6, Arbitraries.just(DownloadMode.GROUP)),
                        Tuple.of(6, Arbitraries.just(DownloadMode.INTERNET)),
                        Tuple.of(1, Arbitraries.of(DownloadMode.HTTP_ONLY, DownloadMode.SIMPLE, DownloadMode.BYPASS))),
                Arbitraries.of(0L, 0L, 500L).injectNull(0.2),
                Arbitraries.integers().between(0, 9).map(n -> n == 0)
        ).as((content, peer, nat, reported, group, mode, left, leave) ->
                new Step(false, 0, content, peer, nat, reported, group, mode, left, leave, 0, 0, 0, -1));
        Arbitrary<Step> join = Combinators.combine(who, Arbitraries.integers().between(0, 30), Arbitraries.longs().between(0, 3000),
                        Arbitraries.of(SUBNET_PREFIXES))
                .as((step, wanted, downloaded, prefix) -> new Step(false, 0, step.content(), step.peer(), step.nat(),
                        step.reported(), step.group(), step.mode(), step.left(), step.leave(), wanted, downloaded,
                        downloaded / 3, prefix));
        Arbitrary<Step> sweep = Arbitraries.integers().between(0, maxAge).map(age ->
                new Step(true, age, null, 0, null, null, null, null, null, false, 0, 0, 0, -1));
        return Arbitraries.frequencyOf(Tuple.of(30, join), Tuple.of(1, sweep)).list().ofMinSize(minSteps).ofMaxSize(maxSteps);
    }
}
