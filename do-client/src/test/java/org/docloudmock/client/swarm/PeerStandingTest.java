package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.protocol.PeerId;
import org.junit.jupiter.api.Test;

/** Banning and the dial back-off, on times the test chooses. */
class PeerStandingTest {

    private static final long NOW = 7_000_000_000_000L;
    private static final PeerId PEER = new PeerId("3333333333333333333333333333333333333333");
    private static final PeerId ANOTHER = new PeerId("4444444444444444444444444444444444444444");

    private final PeerStanding standing = new PeerStanding();

    @Test
    void oneBadPieceIsBadLuckASecondBansThePeerForGood() {
        assertThat(standing.badPiece(PEER)).isEqualTo(1);
        assertThat(standing.banned(PEER)).isFalse();
        assertThat(standing.mayDial(PEER, NOW)).isTrue();

        assertThat(standing.badPiece(PEER)).isEqualTo(2);
        assertThat(standing.banned(PEER)).isTrue();
        assertThat(standing.mayDial(PEER, NOW + 3_600_000_000_000L)).isFalse();
        assertThat(standing.banned(ANOTHER)).as("bad pieces are counted per peer").isFalse();
    }

    @Test
    void aPeerThatCouldNotBeReachedIsDialedAgainAfterFiveSeconds() {
        standing.unreachable(PEER, NOW);

        assertThat(standing.mayDial(PEER, NOW + PeerStanding.DIAL_RETRY_NANOS - 1)).isFalse();
        assertThat(standing.mayDial(PEER, NOW + PeerStanding.DIAL_RETRY_NANOS)).isTrue();
        assertThat(standing.mayDial(ANOTHER, NOW)).isTrue();
    }
}
