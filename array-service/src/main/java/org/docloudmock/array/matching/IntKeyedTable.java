package org.docloudmock.array.matching;

/**
 * An open-addressing hash table of non-zero ints whose keys are not stored but derived from the ints
 * themselves (a row slot stands for the peer id in that row): four bytes an entry. Linear probing;
 * deletion shifts the following entries back, so there are no tombstones. The capacity is any size (a
 * hash is mapped onto it by multiplication, not masking), so the table grows by half, not double.
 *
 * <p>Kept over a library's map for its size, not its speed. {@code bench/array-jmh} {@code TableBenchmark} (one
 * fork, 2-core VM under load, ns an operation; 1,000 and 100,000 NATs as {@link SwarmIndex} keeps them):
 * <pre>
 *                     ours      fastutil 8.5.19   HPPC 0.10.0   Agrona 2.6.0
 *   find              17 / 20     8 / 14           6 / 13       9 / 11
 *   remove + insert   69 / 68    41 / 60          31 / 38      53 / 52
 * </pre>
 * The maps are faster by about 10 ns a lookup, a quarter of one percent of a join (about 4 µs, one lookup).
 * But they store the key beside the value: 12 to 16 bytes a slot at a power-of-two capacity, 16 to 49 bytes
 * an entry, against 4 bytes a slot here, about 6 an entry. For the NATs of an Internet-mode swarm, one NAT a
 * peer, that is 10 to 40 bytes more a peer, of about 103 the store spends; and none of them can look up a
 * peer by a 20-byte PeerId that it does not store itself, as {@code Ids} does.
 */
abstract class IntKeyedTable {

    private static final int MIN_CAPACITY = 16;

    protected int[] table = new int[MIN_CAPACITY];
    private int count;

    /** The hash of the key that {@code entry} stands for. */
    protected abstract int hashOf(int entry);

    final int count() {
        return count;
    }

    final int start(int hash) {
        return (int) (((hash & 0xFFFF_FFFFL) * table.length) >>> 32);
    }

    final int next(int position) {
        return position + 1 < table.length ? position + 1 : 0;
    }

    final void insert(int entry) {
        if ((count + 1) * 4 > table.length * 3) {
            resize(table.length + (table.length >> 1));
        }
        place(entry);
        count++;
    }

    /** Where {@code entry} is; it must be in the table, and its key still readable. */
    final int positionOf(int entry) {
        int position = start(hashOf(entry));
        while (table[position] != entry) {
            position = next(position);
        }
        return position;
    }

    /** Replaces the entry at {@code position} with one that stands for the same key. */
    final void replace(int position, int entry) {
        table[position] = entry;
    }

    final void deleteAt(int position) {
        int hole = position;
        for (int scan = next(hole); table[scan] != 0; scan = next(scan)) {
            int home = start(hashOf(table[scan]));
            // the entry may fill the hole unless its home lies cyclically in (hole, scan]
            boolean staysPut = hole <= scan ? (home > hole && home <= scan) : (home > hole || home <= scan);
            if (!staysPut) {
                table[hole] = table[scan];
                hole = scan;
            }
        }
        table[hole] = 0;
        count--;
        if (table.length > MIN_CAPACITY && count * 4 < table.length) {
            resize(Math.max(MIN_CAPACITY, table.length / 2));
        }
    }

    private void resize(int capacity) {
        int[] old = table;
        table = new int[capacity];
        for (int entry : old) {
            if (entry != 0) {
                place(entry);
            }
        }
    }

    private void place(int entry) {
        int position = start(hashOf(entry));
        while (table[position] != 0) {
            position = next(position);
        }
        table[position] = entry;
    }
}
