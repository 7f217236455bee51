package org.docloudmock.array.matching;

import java.util.Arrays;

/**
 * The peers of a swarm behind one NAT (one external IP), once there are two or more; a lone peer needs
 * no partition of its own. It also counts how many of its members are in the Internet pool and in each
 * group's pool, so that a requester's NumberOfPeers costs O(1): those are already Lan to it.
 */
final class LanPartition extends Partition {

    private static final int[] NO_GROUPS = {};

    final long key;
    private int inInternetPool;
    private int restrictedToSubnet;
    /** Pairs of group index and how many members are in that group's pool; NATs hold few groups. */
    private int[] groupPools = NO_GROUPS;
    private int groupEntries;

    LanPartition(long key, int first, boolean seed, int[] positions) {
        super(first, seed, positions);
        this.key = key;
    }

    int inInternetPool() {
        return inInternetPool;
    }

    /** Members that keep to their subnet: while there are any, who sees whom here is decided member by member. */
    int restrictedToSubnet() {
        return restrictedToSubnet;
    }

    int inGroupPool(int group) {
        int entry = groupEntry(group);
        return entry < 0 ? 0 : groupPools[entry + 1];
    }

    /**
     * A member joined ({@code change} 1) or left (-1) the Internet pool or a group's pool (0: none); or, as a
     * member restricted to its subnet, none.
     */
    void countPools(boolean internet, int groupPool, boolean restricted, int change) {
        if (restricted) {
            restrictedToSubnet += change;
        }
        if (internet) {
            inInternetPool += change;
        }
        if (groupPool != 0) {
            int entry = groupEntry(groupPool);
            if (entry < 0) {
                if (groupEntries * 2 == groupPools.length) {
                    groupPools = Arrays.copyOf(groupPools, Math.max(4, groupPools.length * 2));
                }
                entry = groupEntries++ * 2;
                groupPools[entry] = groupPool;
                groupPools[entry + 1] = 0;
            }
            groupPools[entry + 1] += change;
            if (groupPools[entry + 1] == 0) {
                int last = --groupEntries * 2;
                groupPools[entry] = groupPools[last];
                groupPools[entry + 1] = groupPools[last + 1];
            }
        }
    }

    private int groupEntry(int group) {
        for (int entry = 0; entry < groupEntries * 2; entry += 2) {
            if (groupPools[entry] == group) {
                return entry;
            }
        }
        return -1;
    }
}
