package org.docloudmock.array.matching;

import java.util.Arrays;

/**
 * The peers of a swarm that share one NAT, one group, or the Internet pool: their row slots in a dense
 * array, seeds first ({@code [0, seeds)}), then the others. Adding and removing cost O(1): a hole is
 * filled by moving one member of the same kind (and, for a seed, one other member) into it. Each
 * member's position is kept by the owner in an array indexed by slot, which every change updates.
 */
class Partition {

    private int[] members = new int[2];
    private int size;
    private int seeds;

    Partition(int first, boolean seed, int[] positions) {
        add(first, seed, positions);
    }

    final int size() {
        return size;
    }

    final int seeds() {
        return seeds;
    }

    final int member(int position) {
        return members[position];
    }

    final void add(int slot, boolean seed, int[] positions) {
        if (size == members.length) {
            members = Arrays.copyOf(members, size + Math.max(2, size >> 1));
        }
        place(slot, size, positions);
        size++;
        if (seed) {
            swap(size - 1, seeds, positions);
            seeds++;
        }
    }

    final void remove(int slot, int[] positions) {
        int position = positions[slot];
        if (position < seeds) {
            swap(position, seeds - 1, positions);
            position = seeds - 1;
            seeds--;
        }
        place(members[size - 1], position, positions);
        size--;
        if (members.length > 8 && size < members.length / 4) {
            members = Arrays.copyOf(members, members.length / 2);
        }
    }

    /** The member at row {@code from} now lives at row {@code to}. */
    final void moved(int from, int to, int[] positions) {
        place(to, positions[from], positions);
    }

    private void swap(int a, int b, int[] positions) {
        int first = members[a];
        place(members[b], a, positions);
        place(first, b, positions);
    }

    private void place(int slot, int position, int[] positions) {
        members[position] = slot;
        positions[slot] = position;
    }
}
