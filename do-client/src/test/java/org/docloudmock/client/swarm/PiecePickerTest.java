package org.docloudmock.client.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.docloudmock.protocol.PeerId;
import org.junit.jupiter.api.Test;

class PiecePickerTest {

    @Test
    void httpSharesOfAllMembersCoverEveryPieceExactlyOnce() {
        Random random = new Random(1);
        for (int round = 0; round < 100; round++) {
            int pieceCount = 1 + random.nextInt(300);
            List<PeerId> members = members(random, 1 + random.nextInt(40));
            int[] owners = new int[pieceCount];
            for (PeerId member : members) {
                BitSet share = PiecePicker.httpShare(members, member, pieceCount);
                share.stream().forEach(piece -> owners[piece]++);
            }
            assertThat(owners).as("%d pieces among %d", pieceCount, members.size()).containsOnly(1);
        }
    }

    @Test
    void aMemberNotYetKnownMovesOnlyThePiecesItTakes() {
        List<PeerId> members = members(new Random(2), 25);
        PeerId latecomer = members.get(24);
        List<PeerId> withoutLatecomer = members.subList(0, 24);

        BitSet latecomerShare = PiecePicker.httpShare(members, latecomer, 640);
        for (PeerId member : withoutLatecomer) {
            BitSet partialView = PiecePicker.httpShare(withoutLatecomer, member, 640);
            BitSet fullView = PiecePicker.httpShare(members, member, 640);
            partialView.andNot(fullView);
            assertThat(latecomerShare).as("what %s gives up", member).isEqualTo(union(latecomerShare, partialView));
        }
        assertThat(latecomerShare.cardinality()).isBetween(10, 45);
    }

    @Test
    void aLoneMemberSharesEverything() {
        PeerId alone = members(new Random(3), 1).get(0);

        assertThat(PiecePicker.httpShare(List.of(alone), alone, 64).cardinality()).isEqualTo(64);
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
    void inShareTakesTheShareCandidateThisDeviceScoresHighestFor() {
        List<PeerId> everyone = members(new Random(4), 25);
        PeerId self = everyone.get(0);
        BitSet fullShare = PiecePicker.httpShare(everyone, self, 256);
        BitSet earlyShare = PiecePicker.httpShare(everyone.subList(0, 3), self, 256);
        BitSet all = new BitSet();
        all.set(0, 256);

        int first = PiecePicker.inShare(all, earlyShare, self);

        assertThat(earlyShare.get(first)).isTrue();
        assertThat(fullShare.get(first)).as("the first pick of an early device is still its own once all have joined").isTrue();
        assertThat(PiecePicker.inShare(new BitSet(), earlyShare, self)).isEqualTo(-1);
        BitSet outside = (BitSet) all.clone();
        outside.andNot(earlyShare);
        assertThat(PiecePicker.inShare(outside, earlyShare, self)).isEqualTo(-1);
    }

    @Test
    void anyOfPicksSomeCandidate() {
        BitSet candidates = BitSet.valueOf(new long[] {0b1000_0010});

        assertThat(PiecePicker.anyOf(candidates, new Random())).isIn(1, 7);
        assertThat(PiecePicker.anyOf(new BitSet(), new Random())).isEqualTo(-1);
    }

    private static List<PeerId> members(Random random, int count) {
        List<PeerId> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] id = new byte[20];
            random.nextBytes(id);
            members.add(PeerId.of(id));
        }
        return members;
    }

    private static BitSet union(BitSet a, BitSet b) {
        BitSet union = (BitSet) a.clone();
        union.or(b);
        return union;
    }
}
