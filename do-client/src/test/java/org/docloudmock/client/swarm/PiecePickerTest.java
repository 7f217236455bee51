package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PiecePickerTest {

    @Test
    void httpSharesOfAllMembersCoverEveryPieceExactlyOnce() {
        Random random = new Random(1);
        for (int round = 0; round < 200; round++) {
            int pieceCount = 1 + random.nextInt(300);
            SortedSet<String> members = new TreeSet<>();
            int memberCount = 1 + random.nextInt(40);
            while (members.size() < memberCount) {
                members.add(Long.toHexString(random.nextLong()));
            }
            int[] covered = new int[pieceCount];
            for (String member : members) {
                int[] share = PiecePicker.httpShare(members, member, pieceCount);
                for (int piece = share[0]; piece < share[1]; piece++) {
                    covered[piece]++;
                }
            }
            for (int piece = 0; piece < pieceCount; piece++) {
                assertThat(covered[piece]).as("piece %d of %d among %d", piece, pieceCount, memberCount).isEqualTo(1);
            }
        }
    }

    @Test
    void aLoneMemberSharesEverything() {
        TreeSet<String> alone = new TreeSet<>();
        alone.add("ab");

        assertThat(PiecePicker.httpShare(alone, "ab", 64)).containsExactly(0, 64);
    }

    @Test
    void fromAPeerTakesTheRarestPieceItHasThatIsWanted() {
        BitSet peerHas = BitSet.valueOf(new long[] {0b1111});
        BitSet wanted = BitSet.valueOf(new long[] {0b0111});
        int[] availability = {1, 3, 2, 1};

        assertThat(PiecePicker.fromPeer(peerHas, wanted, availability, new Random())).isZero();
        wanted.clear(0);
        assertThat(PiecePicker.fromPeer(peerHas, wanted, availability, new Random())).isEqualTo(2);
        assertThat(PiecePicker.fromPeer(new BitSet(), wanted, availability, new Random())).isEqualTo(-1);
    }

    @Test
    void inShareLooksOnlyInsideTheShare() {
        BitSet candidates = BitSet.valueOf(new long[] {0b1000_0010});

        assertThat(PiecePicker.inShare(candidates, new int[] {2, 7}, new Random())).isEqualTo(-1);
        assertThat(PiecePicker.inShare(candidates, new int[] {2, 8}, new Random())).isEqualTo(7);
        assertThat(PiecePicker.inShare(candidates, new int[] {0, 8}, new Random())).isIn(1, 7);
        assertThat(PiecePicker.anyOf(new BitSet(), new Random())).isEqualTo(-1);
        assertThat(PiecePicker.anyOf(candidates, new Random())).isIn(1, 7);
    }
}
