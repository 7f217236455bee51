package org.docloudmock.client.swarm;

import java.util.BitSet;
import java.util.Random;
import java.util.SortedSet;

/** Which piece to ask for next, from a peer or from the HTTP source. Plain logic, no I/O. */
final class PiecePicker {

    private PiecePicker() {
    }

    /**
     * From a peer: the rarest of the pieces it has that we want, so rare pieces spread first and the swarm
     * does not end up waiting on one holder; ties broken at random. -1 when it has nothing we want.
     */
    static int fromPeer(BitSet peerHas, BitSet wanted, int[] availability, Random random) {
        int best = -1;
        int bestAvailability = Integer.MAX_VALUE;
        int ties = 0;
        for (int piece = peerHas.nextSetBit(0); piece >= 0; piece = peerHas.nextSetBit(piece + 1)) {
            if (!wanted.get(piece)) {
                continue;
            }
            if (availability[piece] < bestAvailability) {
                best = piece;
                bestAvailability = availability[piece];
                ties = 1;
            } else if (availability[piece] == bestAvailability && random.nextInt(++ties) == 0) {
                best = piece;
            }
        }
        return best;
    }

    /**
     * The share of the pieces this device fetches over HTTP while its swarm is still starting: the swarm
     * members (their peer ids, this device's included) in order each take one contiguous run of pieces, so
     * devices that start together fetch different pieces from the CDN and trade them, rather than all
     * fetching the same ones. Every member sorts the same ids, so their shares do not overlap.
     *
     * @return {@code [from, to)}
     */
    static int[] httpShare(SortedSet<String> members, String self, int pieceCount) {
        int rank = members.headSet(self).size();
        int count = members.size();
        return new int[] {(int) ((long) rank * pieceCount / count), (int) ((long) (rank + 1) * pieceCount / count)};
    }

    /**
     * A candidate inside the share, at random: devices whose views of the swarm still differ (one has not
     * heard of another yet) then rarely pick the same piece. -1 when the share has none left.
     */
    static int inShare(BitSet candidates, int[] share, Random random) {
        BitSet mine = candidates.get(0, share[1]);
        mine.clear(0, share[0]);
        return anyOf(mine, random);
    }

    /** A candidate at random, so devices that all give up waiting at once do not fetch the same one. */
    static int anyOf(BitSet candidates, Random random) {
        int count = candidates.cardinality();
        if (count == 0) {
            return -1;
        }
        int skip = random.nextInt(count);
        int piece = candidates.nextSetBit(0);
        for (int i = 0; i < skip; i++) {
            piece = candidates.nextSetBit(piece + 1);
        }
        return piece;
    }
}
