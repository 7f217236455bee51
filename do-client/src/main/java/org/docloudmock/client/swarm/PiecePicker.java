package org.docloudmock.client.swarm;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Collection;
import java.util.Random;
import org.docloudmock.protocol.PeerId;

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
     * The share of the pieces this device fetches over HTTP while its swarm is still starting, so that
     * devices that start together fetch different pieces from the CDN and trade them, rather than all
     * fetching the same ones. Each piece goes to the member (peer ids, this device's included) that scores
     * highest for it (rendezvous hashing): every member computes the same owners, and two devices whose
     * views differ by a member that has just joined still agree on every piece that member does not take.
     */
    static BitSet httpShare(Collection<PeerId> members, PeerId self, int pieceCount) {
        long[] keys = members.stream().mapToLong(PiecePicker::key).toArray();
        long mine = key(self);
        BitSet share = new BitSet(pieceCount);
        for (int piece = 0; piece < pieceCount; piece++) {
            long best = score(mine, piece);
            boolean owned = true;
            for (long key : keys) {
                if (key != mine && Long.compareUnsigned(score(key, piece), best) > 0) {
                    owned = false;
                    break;
                }
            }
            share.set(piece, owned);
        }
        return share;
    }

    /**
     * The candidate of the share this device scores highest for, or -1 when the share has none left. A
     * device that started before the rest of its swarm has a large share that shrinks as others join; the
     * pieces it scores highest for are the ones it is likeliest to keep, so it fetches those first.
     */
    static int inShare(BitSet candidates, BitSet share, PeerId self) {
        long mine = key(self);
        int best = -1;
        long bestScore = 0;
        for (int piece = candidates.nextSetBit(0); piece >= 0; piece = candidates.nextSetBit(piece + 1)) {
            if (share.get(piece) && (best < 0 || Long.compareUnsigned(score(mine, piece), bestScore) > 0)) {
                best = piece;
                bestScore = score(mine, piece);
            }
        }
        return best;
    }

    private static long key(PeerId peer) {
        return ByteBuffer.wrap(peer.bytes()).getLong();
    }

    /** SplitMix64's finalizer over the member and the piece: well spread, and the same on every device. */
    private static long score(long member, int piece) {
        long z = member ^ (piece * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
