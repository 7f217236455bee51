package org.docloudmock.array.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings the peers of one swarm share (group ids, IPv6 addresses), each kept once under a small index
 * that peer rows hold instead; an index is freed, for reuse, when the last peer holding it lets go.
 * Index 0 is never given out: rows use it for "none". A swarm holds few such strings, so they are looked
 * up by scanning until there are more than {@value #SCANNED}; and they are interned, so that a group id
 * that thousands of swarms hold is one String (the JVM's table of interned strings lets go of unused ones).
 * A library's map (fastutil's {@code Object2IntOpenHashMap}, HPPC's {@code ObjectIntHashMap}) would stand in
 * for the JDK map above {@value #SCANNED} strings only: rows hold small indexes, so the index-to-string
 * array, the counts of holders and the free list stay either way, and a swarm of a few groups needs no map.
 */
final class StringTable {

    private static final int SCANNED = 8;

    private String[] strings = new String[2];
    private int[] holders = new int[2];
    private int[] free = new int[0];
    private int freeCount;
    private int next = 1;
    private Map<String, Integer> indexes;

    int acquire(String string) {
        int index = indexOf(string);
        if (index == 0) {
            index = freeCount > 0 ? free[--freeCount] : next++;
            if (index >= strings.length) {
                strings = Arrays.copyOf(strings, strings.length * 2);
                holders = Arrays.copyOf(holders, holders.length * 2);
            }
            strings[index] = string.intern();
            if (indexes == null && next > SCANNED) {
                indexes = new HashMap<>();
                for (int i = 1; i < next; i++) {
                    if (strings[i] != null) {
                        indexes.put(strings[i], i);
                    }
                }
            } else if (indexes != null) {
                indexes.put(strings[index], index);
            }
        }
        holders[index]++;
        return index;
    }

    void release(int index) {
        if (--holders[index] == 0) {
            if (indexes != null) {
                indexes.remove(strings[index]);
            }
            strings[index] = null;
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, Math.max(4, free.length * 2));
            }
            free[freeCount++] = index;
        }
    }

    String get(int index) {
        return strings[index];
    }

    private int indexOf(String string) {
        if (indexes != null) {
            Integer index = indexes.get(string);
            return index == null ? 0 : index;
        }
        for (int index = 1; index < next; index++) {
            if (string.equals(strings[index])) {
                return index;
            }
        }
        return 0;
    }
}
