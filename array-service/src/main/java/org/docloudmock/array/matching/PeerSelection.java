package org.docloudmock.array.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;

/**
 * One requester's {@link MatchedPeers} as they are put together (SPEC 7): the store offers peers tier by tier, in the
 * order they are returned (Lan, Group, Internet; within each, seeds first for a requester that still
 * needs data), and this keeps the first {@code wanted}. It keeps their rows, not entries: the entries are
 * made at the end, once every chosen row has been read, so that in a large swarm the rows' cache misses
 * overlap rather than come one after another.
 */
final class PeerSelection {

    private static final PeerType[] RELATIONS = PeerType.values();

    private final int wanted;
    private int[] slots;
    private byte[] relations;
    private int count;

    PeerSelection(int wanted) {
        this.wanted = wanted;
        this.slots = new int[Math.min(wanted, 64)];
        this.relations = new byte[slots.length];
    }

    boolean isFull() {
        return count >= wanted;
    }

    /** How many more it takes. */
    int needed() {
        return wanted - count;
    }

    void add(int slot, PeerType relation) {
        if (count == slots.length) {
            slots = Arrays.copyOf(slots, Math.min(wanted, count * 2));
            relations = Arrays.copyOf(relations, slots.length);
        }
        slots[count] = slot;
        relations[count++] = (byte) relation.ordinal();
    }

    MatchedPeers result(int visible, Swarm swarm) {
        List<PeerEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(swarm.entry(slots[i], RELATIONS[relations[i]]));
        }
        return new MatchedPeers(entries, visible);
    }
}
