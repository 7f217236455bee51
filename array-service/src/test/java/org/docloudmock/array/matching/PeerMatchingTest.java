package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.docloudmock.array.matching.TestJoin.peer;
import static org.docloudmock.array.matching.TestJoin.peerId;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.array.SwarmSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeerMatchingTest {

    private static final Duration TTL = Duration.ofMinutes(15);
    private static final int MAX_PEERS_WANTED = 5;
    private static final String NAT_A = "203.0.113.1";
    private static final String NAT_B = "198.51.100.7";
    private static final String NAT_C = "192.0.2.33";

    private final MutableClock clock = new MutableClock();
    private final PeerStore store = new InMemoryPeerStore();
    private final PeerMatching matching = new PeerMatching(store, clock, TTL, MAX_PEERS_WANTED, Duration.ofMinutes(5));

    @Test
    void lanPeersComeBeforeGroupPeers() {
        join(peer(2).behind(NAT_B).inGroup("g"));
        join(peer(3).behind(NAT_A).in(DownloadMode.LAN));
        join(peer(4).behind(NAT_C).inGroup("g"));
        join(peer(5).behind(NAT_A).inGroup("g"));
        JoinResponse response = join(peer(1).behind(NAT_A).inGroup("g"));
        assertThat(types(response)).containsExactly(PeerType.Lan, PeerType.Lan, PeerType.Group, PeerType.Group);
    }

    @Test
    void lanPeersComeBeforeInternetPeers() {
        join(peer(10).behind(NAT_C).in(DownloadMode.INTERNET));
        join(peer(11).behind(NAT_B).inGroup("g").in(DownloadMode.INTERNET));
        join(peer(12).behind(NAT_A).in(DownloadMode.LAN));
        JoinResponse response = join(peer(1).behind(NAT_A).in(DownloadMode.INTERNET));
        assertThat(types(response)).containsExactly(PeerType.Lan, PeerType.Internet, PeerType.Internet);
        assertThat(response.peers().get(0).peerId()).isEqualTo(peerId(12));
    }

    @Test
    void seedsComeFirstWithinEachRelationForARequesterThatNeedsData() {
        for (int i = 0; i < 3; i++) {
            join(peer(10 + i).behind(NAT_A));
            join(peer(20 + i).behind(NAT_A).seed());
            join(peer(30 + i).behind("198.51.100." + i).in(DownloadMode.INTERNET));
            join(peer(40 + i).behind("198.51.100." + (i + 10)).in(DownloadMode.INTERNET).seed());
        }
        JoinResponse response = matching.join(peer(1).behind(NAT_A).in(DownloadMode.INTERNET).wanting(100).request(), NAT_A);
        // the cap is 5 in this test: only the 3 Lan seeds and 2 Lan others fit
        assertThat(response.peers()).extracting(PeerEntry::seed).containsExactly(true, true, true, false, false);
        assertThat(response.peers()).extracting(PeerEntry::peerType).containsOnly(PeerType.Lan);

        PeerMatching wide = new PeerMatching(store, clock, TTL, 100, Duration.ofMinutes(5));
        JoinResponse all = wide.join(peer(1).behind(NAT_A).in(DownloadMode.INTERNET).request(), NAT_A);
        assertThat(all.peers()).extracting(entry -> entry.peerType() + ":" + entry.seed()).containsExactly(
                "Lan:true", "Lan:true", "Lan:true", "Lan:false", "Lan:false", "Lan:false",
                "Internet:true", "Internet:true", "Internet:true", "Internet:false", "Internet:false", "Internet:false");
    }

    @Test
    void requesterThatSendsNoLeftCountsAsNeedingData() {
        join(peer(2).behind(NAT_A));
        join(peer(3).behind(NAT_A).seed());
        JoinResponse response = join(peer(1).behind(NAT_A).left(null));
        assertThat(response.peers()).extracting(PeerEntry::peerId).containsExactly(peerId(3), peerId(2));
    }

    @Test
    void randomAmongEquals() {
        IntStream.range(2, 12).forEach(i -> join(peer(i).behind(NAT_A)));
        Set<String> firstPeers = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            firstPeers.add(join(peer(1).behind(NAT_A)).peers().get(0).peerId());
        }
        assertThat(firstPeers).hasSizeGreaterThan(1);
    }

    @Test
    void peersWantedIsCappedByConfiguration() {
        IntStream.range(2, 12).forEach(i -> join(peer(i).behind(NAT_A)));
        assertThat(join(peer(1).behind(NAT_A).wanting(1000)).peers()).hasSize(MAX_PEERS_WANTED);
        assertThat(join(peer(1).behind(NAT_A).wanting(3)).peers()).hasSize(3);
        assertThat(join(peer(1).behind(NAT_A).wanting(0)).peers()).isEmpty();
    }

    @Test
    void absentPeersWantedGetsTheCap() {
        IntStream.range(2, 12).forEach(i -> join(peer(i).behind(NAT_A)));
        assertThat(join(peer(1).behind(NAT_A).wanting(null)).peers()).hasSize(MAX_PEERS_WANTED);
    }

    @Test
    void numberOfPeersCountsEveryVisiblePeerBeforeTheCap() {
        IntStream.range(2, 12).forEach(i -> join(peer(i).behind(NAT_A)));
        IntStream.range(20, 25).forEach(i -> join(peer(i).behind(NAT_B)));
        JoinResponse response = join(peer(1).behind(NAT_A).wanting(2));
        assertThat(response.peers()).hasSize(2);
        assertThat(response.numberOfPeers()).isEqualTo(10);
    }

    @Test
    void requesterNeverGetsItself() {
        join(peer(1).behind(NAT_A));
        JoinResponse alone = join(peer(1).behind(NAT_A));
        assertThat(alone.peers()).isEmpty();
        assertThat(alone.numberOfPeers()).isZero();
        join(peer(2).behind(NAT_A));
        assertThat(join(peer(1).behind(NAT_A)).peers()).extracting(PeerEntry::peerId).containsExactly(peerId(2));
    }

    @Test
    void peerCountedOnceWhenTwoRelationsHold() {
        join(peer(2).behind(NAT_A).inGroup("g"));
        JoinResponse response = join(peer(1).behind(NAT_A).inGroup("g"));
        assertThat(response.peers()).extracting(PeerEntry::peerType).containsExactly(PeerType.Lan);
        assertThat(response.numberOfPeers()).isEqualTo(1);
    }

    @Test
    void peersOfOtherContentsAreNeverReturned() {
        join(peer(2).behind(NAT_A).of("other-content"));
        assertThat(join(peer(1).behind(NAT_A)).numberOfPeers()).isZero();
    }

    @Test
    void returnedPeerCarriesItsPortDefaulting7680() {
        join(peer(2).behind(NAT_A));
        join(peer(3).behind(NAT_A).port(9999).seed());
        assertThat(join(peer(1).behind(NAT_A)).peers()).extracting(PeerEntry::port).containsExactly(9999, 7680);
    }

    @Test
    void answerCarriesTheConfiguredReannounceInterval() {
        assertThat(join(peer(1)).reannounceIntervalSecs()).isEqualTo(300);
    }

    @Test
    void peerThatStopsJoiningExpiresAfterTheTtl() {
        join(peer(2).behind(NAT_A));
        clock.advance(TTL.minusSeconds(1));
        assertThat(matching.expire()).isZero();
        join(peer(3).behind(NAT_A));
        clock.advance(Duration.ofSeconds(2));
        assertThat(matching.expire()).isEqualTo(1);
        assertThat(join(peer(1).behind(NAT_A)).peers()).extracting(PeerEntry::peerId).containsExactly(peerId(3));
    }

    @Test
    void rejoinKeepsAPeerAlive() {
        join(peer(2).behind(NAT_A));
        clock.advance(TTL.minusMinutes(1));
        join(peer(2).behind(NAT_A));
        clock.advance(Duration.ofMinutes(2));
        matching.expire();
        assertThat(store.peers("content-1")).hasValueSatisfying(peers -> assertThat(peers).hasSize(1));
    }

    @Test
    void expiringTheLastPeerDropsTheSwarm() {
        join(peer(2));
        clock.advance(TTL.plusSeconds(1));
        matching.expire();
        assertThat(store.swarms()).isEmpty();
        assertThat(store.peers("content-1")).isEmpty();
    }

    @Test
    void stopEventRemovesThePeerAtOnce() {
        join(peer(2).behind(NAT_A));
        JoinResponse leaving = join(peer(2).behind(NAT_A).event(3));
        assertThat(leaving.peers()).isEmpty();
        assertThat(join(peer(1).behind(NAT_A)).numberOfPeers()).isZero();
    }

    @Test
    void startedAndCompletedEventsRegisterLikePeriodicJoins() {
        join(peer(2).behind(NAT_A).event(1));
        join(peer(3).behind(NAT_A).event(2).seed());
        join(peer(4).behind(NAT_A).event(0));
        assertThat(join(peer(1).behind(NAT_A)).numberOfPeers()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = DownloadMode.class, names = {"HTTP_ONLY", "SIMPLE", "BYPASS"})
    void modesThatDoNotPeerGetNoPeersAndAreNotRegistered(DownloadMode mode) {
        join(peer(2).behind(NAT_A));
        JoinResponse response = join(peer(1).behind(NAT_A).in(mode));
        assertThat(response.peers()).isEmpty();
        assertThat(response.numberOfPeers()).isZero();
        assertThat(store.peers("content-1")).hasValueSatisfying(peers ->
                assertThat(peers).extracting(peer -> peer.id().hex()).containsExactly(peerId(2)));
    }

    @ParameterizedTest
    @EnumSource(value = DownloadMode.class, names = {"HTTP_ONLY", "SIMPLE", "BYPASS"})
    void rejoinInAModeThatDoesNotPeerRemovesThePeer(DownloadMode mode) {
        join(peer(2).behind(NAT_A));
        join(peer(2).behind(NAT_A).in(mode));
        assertThat(store.peers("content-1")).isEmpty();
    }

    @Test
    void rejoinUpdatesThePeerInPlace() {
        join(peer(2).behind(NAT_A).in(DownloadMode.LAN));
        join(peer(2).behind(NAT_B).in(DownloadMode.INTERNET).seed());
        assertThat(store.peers("content-1")).hasValueSatisfying(peers -> assertThat(peers).singleElement()
                .satisfies(peer -> {
                    assertThat(peer.externalIp()).isEqualTo(NAT_B);
                    assertThat(peer.mode()).isEqualTo(DownloadMode.INTERNET);
                    assertThat(peer.isSeed()).isTrue();
                }));
        assertThat(join(peer(1).behind(NAT_A)).numberOfPeers()).isZero();
        assertThat(join(peer(3).behind(NAT_C).in(DownloadMode.INTERNET)).peers())
                .containsExactly(new PeerEntry(peerId(2), NAT_B, 7680, PeerType.Internet, true));
    }

    @Test
    void rejectedJoinChangesNothing() {
        join(peer(2).behind(NAT_A));
        JoinRequest leaveWithNegativeLeft = peer(2).behind(NAT_A).event(3).left(-1L).request();
        assertThatThrownBy(() -> matching.join(leaveWithNegativeLeft, NAT_A))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("Left"));
        assertThat(store.peers("content-1")).hasValueSatisfying(peers -> assertThat(peers).hasSize(1));
    }

    @Test
    void swarmSummaryCountsPeersByPartition() {
        join(peer(1).behind(NAT_A));
        join(peer(2).behind(NAT_A).seed());
        join(peer(3).behind(NAT_B).inGroup("g1"));
        join(peer(4).behind(NAT_C).inGroup("g2"));
        join(peer(5).behind(NAT_C).in(DownloadMode.INTERNET));
        join(peer(6).of("content-2"));
        assertThat(store.swarms()).containsExactly(
                new SwarmSummary("content-1", 5, 1, 3, 2, 1),
                new SwarmSummary("content-2", 1, 0, 1, 0, 0));
    }

    @Test
    void resetDropsEveryPeer() {
        join(peer(1));
        join(peer(2).of("content-2"));
        store.reset();
        assertThat(store.swarms()).isEmpty();
    }

    @Test
    void concurrentJoinsAreAllRegistered() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = IntStream.range(0, 4).<Future<?>>mapToObj(thread -> threads.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    int number = thread * 1000 + i;
                    join(peer(number).of("content-" + (i % 3)).behind("10.0." + thread + "." + (i % 200)));
                    if (i % 10 == 0) {
                        join(peer(number).of("content-" + (i % 3)).event(3));
                    }
                }
            })).toList();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(store.swarms()).extracting(SwarmSummary::peers).containsExactly(600, 600, 600);
    }

    private JoinResponse join(TestJoin join) {
        return matching.join(join.request(), join.externalIp());
    }

    private static List<PeerType> types(JoinResponse response) {
        return response.peers().stream().map(PeerEntry::peerType).toList();
    }
}
