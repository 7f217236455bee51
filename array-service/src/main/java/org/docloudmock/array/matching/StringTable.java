package org.docloudmock.array.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings the peers of one swarm share (group ids, IPv6 addresses), each kept once under a small index
 * that peer rows hold instead; an index is freed, for reuse, when the last peer holding it lets go.
 * Index 0 is never given out: rows use it for "none".
 */
final class StringTable {

    private final Map<String, Integer> indexes = new HashMap<>();
    private String[] strings = new String[4];
    private int[] holders = new int[4];
    private int[] free = new int[0];
    private int freeCount;
    private int next = 1;

    int acquire(String string) {
        Integer known = indexes.get(string);
        int index;
        if (known != null) {
            index = known;
        } else {
            index = freeCount > 0 ? free[--freeCount] : next++;
            if (index >= strings.length) {
                strings = Arrays.copyOf(strings, strings.length * 2);
                holders = Arrays.copyOf(holders, holders.length * 2);
            }
            strings[index] = string;
            indexes.put(string, index);
        }
        holders[index]++;
        return index;
    }

    void release(int index) {
        if (--holders[index] == 0) {
            indexes.remove(strings[index]);
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

    /** Above every index given out so far. */
    int bound() {
        return next;
    }

    /** How many different strings are held. */
    int size() {
        return indexes.size();
    }
}
