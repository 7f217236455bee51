package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.docloudmock.protocol.PeerId;
import org.junit.jupiter.api.Test;

/** The scheduler's rules on times the test chooses: no sockets, no clock, no sleeps. */
class PieceSchedulerTest {

    private static final int PIECES = 8;
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 5_000 * SECOND;
    private static final PeerId SELF = new PeerId("1111111111111111111111111111111111111111");
    private static final PeerId OTHER = new PeerId("2222222222222222222222222222222222222222");
    private static final Set<PeerId> ALONE = Set.of(SELF);
    private static final Set<PeerId> TWO = Set.of(SELF, OTHER);
    /** HTTP delay 1 s, one HTTP request at a time, request timeout 10 s. */
    private static final SwarmSettings SETTINGS = new SwarmSettings(8, Duration.ofSeconds(1), 1, Duration.ofSeconds(10));

    private final PieceScheduler scheduler = new PieceScheduler(SELF, PIECES, piece -> 64 * 1024, SETTINGS, new Random(1));

    @Test
    void httpWaitsForTheHttpDelayAfterTheJoin() {
        scheduler.start(T0);

        PieceScheduler.Plan early = scheduler.plan(List.of(), ALONE, false, 1, 0, T0 + SECOND / 2);
        assertThat(early.overHttp()).isEmpty();
        assertThat(early.recheckNanos()).isEqualTo(SECOND / 2);

        assertThat(scheduler.plan(List.of(), ALONE, false, 1, 0, T0 + SECOND).overHttp()).hasSize(1);
    }

    @Test
    void whileConnectionsAreBeingDialedHttpWaitsUpToTheRequestTimeout() {
        scheduler.start(T0);

        assertThat(scheduler.plan(List.of(), ALONE, true, 1, 0, T0 + 9 * SECOND).overHttp()).isEmpty();
        assertThat(scheduler.plan(List.of(), ALONE, true, 1, 0, T0 + 10 * SECOND).overHttp()).hasSize(1);
    }

    @Test
    void aBackOffPausesHttpAndSaysWhenToLookAgain() {
        scheduler.start(T0);

        PieceScheduler.Plan paused = scheduler.plan(List.of(), ALONE, false, 1, 3 * SECOND, T0 + 2 * SECOND);

        assertThat(paused.overHttp()).isEmpty();
        assertThat(paused.recheckNanos()).isEqualTo(3 * SECOND);
    }

    @Test
    void othersSharesWaitForThePatienceWhichIsTheRequestTimeoutBeforeAnyHttpPace() {
        scheduler.start(T0);
        storeOwnShare(TWO);
        long afterDelay = T0 + SECOND;

        PieceScheduler.Plan waiting = scheduler.plan(List.of(), TWO, false, 1, 0, afterDelay + SECOND);
        assertThat(waiting.overHttp()).isEmpty();
        assertThat(waiting.recheckNanos()).as("10 s of patience, 1 s of it spent").isEqualTo(9 * SECOND);

        assertThat(scheduler.plan(List.of(), TWO, false, 1, 0, afterDelay + 10 * SECOND).overHttp())
                .singleElement().satisfies(piece -> assertThat(share(TWO).get(piece)).isFalse());
    }

    @Test
    void withAnHttpPaceThePatienceIsWhatAnOwnerNeedsForItsShare() {
        scheduler.httpPieceTook(SECOND);
        scheduler.start(T0);
        scheduler.plan(List.of(), TWO, false, 0, 0, T0 + SECOND);
        assertThat(scheduler.patienceNanos(T0)).as("two members: 4 pieces each, and one more").isEqualTo(5 * SECOND);

        PieceScheduler quick = new PieceScheduler(SELF, PIECES, piece -> 1, SETTINGS, new Random(1));
        quick.httpPieceTook(SECOND / 100);
        assertThat(quick.patienceNanos(T0)).as("never less than the HTTP delay").isEqualTo(SECOND);
    }

    @Test
    void somethingNewFromAPeerStartsThePatienceAgain() {
        scheduler.start(T0);
        storeOwnShare(TWO);
        int othersPiece = share(TWO).nextClearBit(0);
        PeerState peer = new PeerState(T0);
        scheduler.peerHas(peer, single(othersPiece), T0 + 8 * SECOND);

        PieceScheduler.Plan plan = scheduler.plan(List.of(), TWO, false, 1, 0, T0 + 11 * SECOND);

        assertThat(plan.overHttp()).isEmpty();
        assertThat(plan.recheckNanos()).isEqualTo(7 * SECOND);
    }

    @Test
    void aPeerThatKeepsUsChokedPastThePatienceIsNoSource() {
        scheduler.start(T0);
        PeerState choking = new PeerState(T0);
        scheduler.peerHas(choking, all(), T0);

        assertThat(scheduler.plan(List.of(choking), ALONE, false, 1, 0, T0 + 9 * SECOND).overHttp())
                .as("its pieces are still expected from it").isEmpty();
        assertThat(scheduler.plan(List.of(choking), ALONE, false, 1, 0, T0 + 10 * SECOND).overHttp()).hasSize(1);
    }

    @Test
    void peersAreAskedForTwoPiecesEachAndSixInAllAndAChokeGivesTheirsBack() {
        scheduler.start(T0);
        List<PeerState> peers = List.of(unchoked(), unchoked(), unchoked(), unchoked());

        PieceScheduler.Plan plan = scheduler.plan(peers, ALONE, false, 0, 0, T0);

        assertThat(plan.fromPeers()).hasSize(6);
        Map<PeerState, Long> perPeer = plan.fromPeers().stream()
                .collect(Collectors.groupingBy(PieceScheduler.PeerRequest::peer, Collectors.counting()));
        assertThat(perPeer.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        assertThat(plan.fromPeers().stream().map(PieceScheduler.PeerRequest::piece).distinct()).hasSize(6);

        PeerState first = plan.fromPeers().get(0).peer();
        first.choked(T0 + SECOND);
        scheduler.release(first);
        assertThat(first.piecesInFlight()).isZero();
        assertThat(scheduler.plan(peers, ALONE, false, 0, 0, T0 + SECOND).fromPeers())
                .as("what the choking peer had is asked of the others").hasSize(2)
                .allSatisfy(request -> assertThat(request.peer()).isNotSameAs(first));
    }

    @Test
    void aPeerThatAskedForNothingNeverStallsAndOneThatSendsNothingDoes() {
        scheduler.start(T0);
        PeerState peer = unchoked();
        long timeout = SETTINGS.requestTimeout().toNanos();
        assertThat(peer.stalled(T0 + 2 * timeout, timeout)).isFalse();

        scheduler.plan(List.of(peer), ALONE, false, 0, 0, T0);
        assertThat(peer.stalled(T0 + timeout, timeout)).isFalse();
        assertThat(peer.stalled(T0 + timeout + 1, timeout)).isTrue();
        peer.blockArrived(T0 + timeout);
        assertThat(peer.stalled(T0 + timeout + 1, timeout)).isFalse();
    }

    private PeerState unchoked() {
        PeerState peer = new PeerState(T0);
        scheduler.peerHas(peer, all(), T0);
        peer.unchoked();
        peer.interested(scheduler.wantsFrom(peer));
        return peer;
    }

    private void storeOwnShare(Set<PeerId> members) {
        BitSet share = share(members);
        assertThat(share.cardinality()).as("the test needs pieces in and out of its share").isBetween(1, PIECES - 1);
        share.stream().forEach(piece -> scheduler.stored(piece, false, T0));
    }

    private static BitSet share(Set<PeerId> members) {
        return PiecePicker.httpShare(members, SELF, PIECES);
    }

    private static BitSet all() {
        BitSet pieces = new BitSet();
        pieces.set(0, PIECES);
        return pieces;
    }

    private static BitSet single(int piece) {
        BitSet pieces = new BitSet();
        pieces.set(piece);
        return pieces;
    }
}
