package org.docloudmock.array.matching;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.docloudmock.protocol.array.PeerType;

/**
 * How a large swarm finds a peer by id in O(1), and the peers a requester may see in O(PeersWanted): by
 * partition, as {@link Visibility} reads the table. Every peer is in its NAT's partition, and in its group's
 * pool or the Internet pool when {@link Visibility#inGroupPool} or {@link Visibility#inInternetPool} puts it
 * there. A requester looks in its NAT's partition, then in the pools it is in itself, and takes a member
 * when {@link Visibility}'s rule relates them as that partition does: pool members behind its own NAT are
 * Lan, so they are not taken again. The walk meets at most as many of those as its NAT holds, and it only
 * reaches the pools once its NAT is used up, so a join touches O(PeersWanted) members whatever the size.
 *
 * <p>Within a partition's seeds or others, the peers taken are a run starting at a random offset (as
 * aquatic does): random among equals, and cache-friendly.
 */
final class SwarmIndex {

    private final PeerRows rows;
    private final Ids ids = new Ids();
    private final Nats nats = new Nats();
    private LanPartition[] lans = new LanPartition[4];
    private int[] freeLans = new int[4];
    private int freeLanCount;
    private int lanCount;
    private Partition[] groupPools = new Partition[4];
    private int groupPoolCount;
    private Partition internet;
    /** By slot: the position in its NAT's partition, and in its group's pool or the Internet pool. */
    private int[] natPositions;
    private int[] poolPositions;

    SwarmIndex(PeerRows rows) {
        this.rows = rows;
        natPositions = new int[Math.max(16, rows.size() + (rows.size() >> 2))];
        poolPositions = new int[natPositions.length];
        for (int slot = 0; slot < rows.size(); slot++) {
            add(slot);
        }
    }

    /** The row of this peer id, or -1. */
    int find(long idHigh, long idMiddle, int idLow) {
        int[] table = ids.table;
        for (int position = ids.start(PeerRows.idHash(idHigh, idMiddle, idLow)); table[position] != 0;
             position = ids.next(position)) {
            if (rows.hasId(table[position] - 1, idHigh, idMiddle, idLow)) {
                return table[position] - 1;
            }
        }
        return -1;
    }

    /** Row {@code slot} was just written for a new peer. */
    void add(int slot) {
        if (slot >= natPositions.length) {
            natPositions = Arrays.copyOf(natPositions, slot + (slot >> 2));
            poolPositions = Arrays.copyOf(poolPositions, natPositions.length);
        }
        ids.insert(slot + 1);
        enterPartitions(slot);
    }

    /** The peer in row {@code slot} goes; its row is still as it was. */
    void remove(int slot) {
        ids.deleteAt(ids.positionOf(slot + 1));
        leavePartitions(slot);
    }

    /** The row at {@code from} was copied to {@code to}, to fill a hole; {@code from} is still readable. */
    void moved(int from, int to) {
        ids.replace(ids.positionOf(from + 1), to + 1);
        int nat = nats.find(rows.externalKey(to));
        int entry = nats.table[nat];
        if (entry == from + 1) {
            nats.replace(nat, to + 1);
        } else {
            lans[-entry - 1].moved(from, to, natPositions);
        }
        Partition pool = poolOf(to);
        if (pool != null) {
            pool.moved(from, to, poolPositions);
        }
    }

    void enterPartitions(int slot) {
        boolean seed = rows.isSeed(slot);
        long key = rows.externalKey(slot);
        int nat = nats.find(key);
        if (nat < 0) {
            nats.insert(slot + 1);
        } else if (nats.table[nat] > 0) {
            int alone = nats.table[nat] - 1;
            LanPartition lan = newLan(key, alone);
            lan.add(slot, seed, natPositions);
            lan.countPools(rows.inInternetPool(slot), rows.groupPool(slot), rows.restrictedToSubnet(slot), 1);
        } else {
            LanPartition lan = lans[-nats.table[nat] - 1];
            lan.add(slot, seed, natPositions);
            lan.countPools(rows.inInternetPool(slot), rows.groupPool(slot), rows.restrictedToSubnet(slot), 1);
        }
        int group = rows.groupPool(slot);
        if (group != 0) {
            if (group >= groupPools.length) {
                groupPools = Arrays.copyOf(groupPools, group * 2);
            }
            if (groupPools[group] == null) {
                groupPools[group] = new Partition(slot, seed, poolPositions);
                groupPoolCount++;
            } else {
                groupPools[group].add(slot, seed, poolPositions);
            }
        } else if (rows.inInternetPool(slot)) {
            if (internet == null) {
                internet = new Partition(slot, seed, poolPositions);
            } else {
                internet.add(slot, seed, poolPositions);
            }
        }
    }

    void leavePartitions(int slot) {
        int nat = nats.find(rows.externalKey(slot));
        int entry = nats.table[nat];
        if (entry > 0) {
            nats.deleteAt(nat);
        } else {
            LanPartition lan = lans[-entry - 1];
            lan.remove(slot, natPositions);
            lan.countPools(rows.inInternetPool(slot), rows.groupPool(slot), rows.restrictedToSubnet(slot), -1);
            if (lan.size() == 1) {
                nats.replace(nat, lan.member(0) + 1);
                freeLan(-entry - 1);
            }
        }
        int group = rows.groupPool(slot);
        if (group != 0) {
            groupPools[group].remove(slot, poolPositions);
            if (groupPools[group].size() == 0) {
                groupPools[group] = null;
                groupPoolCount--;
            }
        } else if (rows.inInternetPool(slot)) {
            internet.remove(slot, poolPositions);
            if (internet.size() == 0) {
                internet = null;
            }
        }
    }

    /**
     * Offers {@code selection} the peers the requester in row {@code requester} may see, in the order they
     * are returned; answers how many it may see in all.
     */
    int select(int requester, PeerSelection selection) {
        long key = rows.externalKey(requester);
        boolean seedsFirst = !rows.isSeed(requester);
        int entry = nats.table[nats.find(key)];
        LanPartition lan = entry < 0 ? lans[-entry - 1] : null;
        int visible = 0;
        if (lan != null) {
            // a NAT where someone keeps to its subnet is filtered member by member: O(its size), not O(PeersWanted)
            visible += lan.restrictedToSubnet() > 0 ? lanCount(lan, requester) : lan.size() - 1;
            offer(lan, seedsFirst, requester, PeerType.Lan, selection);
        }
        int group = rows.groupPool(requester);
        if (group != 0) {
            // the requester is in its group's pool and counted among its NAT's members there
            visible += groupPools[group].size() - (lan == null ? 1 : lan.inGroupPool(group));
            offer(groupPools[group], seedsFirst, requester, PeerType.Group, selection);
        }
        if (rows.inInternetPool(requester)) {
            visible += internet.size() - (lan == null ? 1 : lan.inInternetPool());
            offer(internet, seedsFirst, requester, PeerType.Internet, selection);
        }
        return visible;
    }

    int natCount() {
        return nats.count();
    }

    int groupPoolCount() {
        return groupPoolCount;
    }

    int internetPoolSize() {
        return internet == null ? 0 : internet.size();
    }

    private void offer(Partition partition, boolean seedsFirst, int requester, PeerType relation,
                       PeerSelection selection) {
        if (seedsFirst) {
            walk(partition, 0, partition.seeds(), requester, relation, selection);
            walk(partition, partition.seeds(), partition.size(), requester, relation, selection);
        } else {
            walk(partition, 0, partition.size(), requester, relation, selection);
        }
    }

    /** Members of the requester's NAT it sees, where some keep to their subnet: one by one, O(its size). */
    private int lanCount(LanPartition lan, int requester) {
        int count = 0;
        for (int position = 0; position < lan.size(); position++) {
            count += Visibility.relation(rows, requester, lan.member(position)) == PeerType.Lan ? 1 : 0;
        }
        return count;
    }

    /**
     * Members {@code [from, to)}, from a random offset round, until the selection is full: those the rule
     * relates to the requester as {@code relation}. Every member's row is read here, in a tight loop, whether
     * or not it is taken: its cache miss then overlaps the next.
     */
    private void walk(Partition partition, int from, int to, int requester, PeerType relation,
                      PeerSelection selection) {
        int count = to - from;
        if (count <= 0 || selection.isFull()) {
            return;
        }
        int position = count > selection.needed() ? from + ThreadLocalRandom.current().nextInt(count) : from;
        for (int visited = 0; visited < count && !selection.isFull(); visited++) {
            int member = partition.member(position);
            if (Visibility.relation(rows, requester, member) == relation) {
                selection.add(member, relation);
            }
            if (++position == to) {
                position = from;
            }
        }
    }

    private Partition poolOf(int slot) {
        int group = rows.groupPool(slot);
        return group != 0 ? groupPools[group] : rows.inInternetPool(slot) ? internet : null;
    }

    private LanPartition newLan(long key, int alone) {
        int index = freeLanCount > 0 ? freeLans[--freeLanCount] : lanCount++;
        if (index >= lans.length) {
            lans = Arrays.copyOf(lans, lans.length * 2);
        }
        LanPartition lan = new LanPartition(key, alone, rows.isSeed(alone), natPositions);
        lan.countPools(rows.inInternetPool(alone), rows.groupPool(alone), rows.restrictedToSubnet(alone), 1);
        lans[index] = lan;
        nats.replace(nats.find(key), -index - 1);
        return lan;
    }

    private void freeLan(int index) {
        lans[index] = null;
        if (freeLanCount == freeLans.length) {
            freeLans = Arrays.copyOf(freeLans, freeLans.length * 2);
        }
        freeLans[freeLanCount++] = index;
    }

    /** Row slots by peer id: an entry is its slot + 1. */
    private final class Ids extends IntKeyedTable {

        @Override
        protected int hashOf(int entry) {
            return rows.idHash(entry - 1);
        }
    }

    /** NATs by external address: a lone peer's slot + 1, or -(its partition's index + 1). */
    private final class Nats extends IntKeyedTable {

        @Override
        protected int hashOf(int entry) {
            return Hashing.mix(keyOf(entry));
        }

        int find(long key) {
            for (int position = start(Hashing.mix(key)); table[position] != 0; position = next(position)) {
                if (keyOf(table[position]) == key) {
                    return position;
                }
            }
            return -1;
        }

        private long keyOf(int entry) {
            return entry > 0 ? rows.externalKey(entry - 1) : lans[-entry - 1].key;
        }
    }
}
