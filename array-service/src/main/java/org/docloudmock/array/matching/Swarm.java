package org.docloudmock.array.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.array.SwarmSummary;

/**
 * The peers of one content, packed in {@link PeerRows}. A small swarm is simply scanned; from
 * {@code indexThreshold} peers on it keeps a {@link SwarmIndex}, and drops it again below a quarter of that.
 * Not thread-safe: {@link PartitionedPeerStore} holds the swarm's lock around every call.
 */
final class Swarm {

    private static final PeerType[] RELATIONS = PeerType.values();

    private final PeerRows rows = new PeerRows();
    private final StoreTotals totals;
    private final int indexThreshold;
    private SwarmIndex index;
    private StringTable groups;
    private StringTable ipv6;
    private int seeds;
    private long bytesFromPeers;
    private long bytesFromCdn;
    private boolean dropped;
    /** No peer was seen before this (seconds, as rows keep them); the sweeper skips a swarm it cannot expire. */
    private volatile int oldestLastSeen = Integer.MAX_VALUE;

    Swarm(StoreTotals totals, int indexThreshold) {
        this.totals = totals;
        this.indexThreshold = indexThreshold;
    }

    /** Registers the peer or updates it in place, then answers what it gets. */
    MatchedPeers join(Peer peer, int wanted) {
        int slot = find(peer.id().hex());
        int lastSeen = seconds(peer.lastSeen());
        if (slot < 0) {
            long externalKey = addressKey(peer.externalIp(), PeerRows.NO_ADDRESS);
            long reportedKey = peer.reportedIp() == null ? PeerRows.NO_ADDRESS : addressKey(peer.reportedIp(), PeerRows.NO_ADDRESS);
            int group = groupKey(peer.groupId(), 0);
            account(0, 0, peer);
            slot = rows.append();
            rows.write(slot, peer, externalKey, reportedKey, group, lastSeen);
            seeds += peer.isSeed() ? 1 : 0;
            totals.peers.increment();
            if (index != null) {
                index.add(slot);
            } else if (rows.size() >= indexThreshold) {
                index = new SwarmIndex(rows);
            }
        } else {
            update(slot, peer, lastSeen);
        }
        if (lastSeen < oldestLastSeen) {
            oldestLastSeen = lastSeen;
        }
        PeerSelection selection = new PeerSelection(wanted);
        int visible = index != null ? index.select(slot, selection) : scan(slot, selection);
        return selection.result(visible, this);
    }

    /** A re-join: the row is written again; partitions change only if the peer moved (NAT, mode, group or seed). */
    private void update(int slot, Peer peer, int lastSeen) {
        long oldExternal = rows.externalKey(slot);
        long oldReported = rows.reportedKey(slot);
        int oldGroup = rows.group(slot);
        long externalKey = addressKey(peer.externalIp(), oldExternal);
        long reportedKey = peer.reportedIp() == null ? PeerRows.NO_ADDRESS : addressKey(peer.reportedIp(), oldReported);
        int group = groupKey(peer.groupId(), oldGroup);
        account(rows.downloadedFromPeers(slot), rows.downloadedCdn(slot), peer);
        boolean moves = index != null && (externalKey != oldExternal || rows.mode(slot) != peer.mode()
                || group != oldGroup || rows.isSeed(slot) != peer.isSeed()
                || rows.restrictedToSubnet(slot) != peer.restrictedToSubnet());
        if (moves) {
            index.leavePartitions(slot);
        }
        seeds += (peer.isSeed() ? 1 : 0) - (rows.isSeed(slot) ? 1 : 0);
        rows.write(slot, peer, externalKey, reportedKey, group, lastSeen);
        if (moves) {
            index.enterPartitions(slot);
        }
        if (externalKey != oldExternal) {
            releaseAddress(oldExternal);
        }
        if (reportedKey != oldReported && oldReported != PeerRows.NO_ADDRESS) {
            releaseAddress(oldReported);
        }
        if (group != oldGroup && oldGroup != 0) {
            groups.release(oldGroup);
        }
    }

    /** Removes the peer, if it is here, counting the bytes it reported since its last join. */
    void leave(Peer peer) {
        int slot = find(peer.id().hex());
        if (slot >= 0) {
            account(rows.downloadedFromPeers(slot), rows.downloadedCdn(slot), peer);
            remove(slot);
        }
    }

    /**
     * Expires, from row {@code sweep.cursor} down, at most {@code limit} rows; answers whether rows are left
     * to look at. Going down means the row moved into a hole is one already looked at.
     */
    boolean sweep(Sweep sweep, int cutoff, int limit) {
        if (sweep.cursor == Sweep.NOT_STARTED) {
            sweep.cursor = rows.size() - 1;
            oldestLastSeen = Integer.MAX_VALUE;
        }
        int slot = Math.min(sweep.cursor, rows.size() - 1);
        for (int end = slot - limit; slot >= 0 && slot > end; slot--) {
            int seen = rows.lastSeen(slot);
            if (seen < cutoff) {
                remove(slot);
                sweep.removed++;
            } else {
                sweep.oldestKept = Math.min(sweep.oldestKept, seen);
            }
        }
        sweep.cursor = slot;
        if (slot >= 0) {
            return true;
        }
        oldestLastSeen = Math.min(oldestLastSeen, sweep.oldestKept);
        return false;
    }

    /** Whether no peer was seen before {@code cutoff}, without the lock: the sweeper's shortcut. */
    boolean seenSince(int cutoff) {
        return oldestLastSeen >= cutoff;
    }

    boolean isEmpty() {
        return rows.size() == 0;
    }

    int size() {
        return rows.size();
    }

    /** Taken out of the store: a join that finds it here must look again. */
    void drop() {
        dropped = true;
        totals.peers.add(-rows.size());
    }

    boolean isDropped() {
        return dropped;
    }

    ReportedBytes reportedBytes() {
        return new ReportedBytes(bytesFromPeers, bytesFromCdn);
    }

    SwarmSummary summary(String key) {
        if (index != null) {
            return new SwarmSummary(key, rows.size(), seeds, index.natCount(), index.groupPoolCount(), index.internetPoolSize());
        }
        List<Long> nats = new ArrayList<>();
        List<Integer> groupPools = new ArrayList<>();
        int internet = 0;
        for (int slot = 0; slot < rows.size(); slot++) {
            nats.add(rows.externalKey(slot));
            if (rows.groupPool(slot) != 0) {
                groupPools.add(rows.group(slot));
            }
            internet += rows.inInternetPool(slot) ? 1 : 0;
        }
        return new SwarmSummary(key, rows.size(), seeds, (int) nats.stream().distinct().count(),
                (int) groupPools.stream().distinct().count(), internet);
    }

    /** Every peer, by PeerId. */
    List<Peer> peers() {
        List<Peer> peers = new ArrayList<>(rows.size());
        for (int slot = 0; slot < rows.size(); slot++) {
            int group = rows.group(slot);
            long reported = rows.reportedKey(slot);
            peers.add(new Peer(rows.id(slot), address(rows.externalKey(slot)),
                    reported == PeerRows.NO_ADDRESS ? null : address(reported), rows.port(slot),
                    group == 0 ? "" : groups.get(group), rows.mode(slot), rows.uploaded(slot), rows.downloaded(slot),
                    rows.downloadedCdn(slot), rows.downloadedDoinc(slot), rows.left(slot),
                    Instant.ofEpochSecond(PeerRows.EPOCH_SECOND + rows.lastSeen(slot)), rows.subnetPrefix(slot)));
        }
        peers.sort(Comparator.comparing(peer -> peer.id().hex()));
        return peers;
    }

    /** The entry a requester gets for the peer in row {@code slot}, related to it as {@code relation}. */
    PeerEntry entry(int slot, PeerType relation) {
        long reported = rows.reportedKey(slot);
        String ip = Visibility.reachedAtReportedIp(relation, reported != PeerRows.NO_ADDRESS)
                ? address(reported) : address(rows.externalKey(slot));
        return new PeerEntry(rows.idHex(slot), ip, rows.port(slot), relation, rows.isSeed(slot));
    }

    static int seconds(Instant instant) {
        return (int) (instant.getEpochSecond() - PeerRows.EPOCH_SECOND);
    }

    private int find(String hex) {
        long idHigh = PeerRows.idHigh(hex);
        long idMiddle = PeerRows.idMiddle(hex);
        int idLow = PeerRows.idLow(hex);
        return index != null ? index.find(idHigh, idMiddle, idLow) : rows.find(idHigh, idMiddle, idLow);
    }

    private void remove(int slot) {
        if (index != null) {
            index.remove(slot);
        }
        releaseStrings(slot);
        seeds -= rows.isSeed(slot) ? 1 : 0;
        totals.peers.decrement();
        int last = rows.size() - 1;
        if (slot != last) {
            rows.move(last, slot);
            if (index != null) {
                index.moved(last, slot);
            }
        }
        rows.dropLast();
        if (index != null && rows.size() * 4 < indexThreshold) {
            index = null;
        }
    }

    /**
     * A small swarm: every row is related to the requester by {@link Visibility}'s rule, and each tier
     * shuffled as far as it is taken.
     */
    private int scan(int requester, PeerSelection selection) {
        int size = rows.size();
        boolean seedsFirst = !rows.isSeed(requester);
        // tiers in return order: Lan seeds, Lan others, Group seeds, Group others, Internet seeds, Internet others
        int[] tiers = new int[size];
        int visible = 0;
        for (int slot = 0; slot < size; slot++) {
            PeerType relation = Visibility.relation(rows, requester, slot);
            tiers[slot] = relation == null ? -1 : relation.ordinal() * 2 + (seedsFirst && !rows.isSeed(slot) ? 1 : 0);
            visible += relation == null ? 0 : 1;
        }
        int[] candidates = new int[size];
        for (int tier = 0; tier < 6 && !selection.isFull(); tier++) {
            int count = 0;
            for (int slot = 0; slot < size; slot++) {
                if (tiers[slot] == tier) {
                    candidates[count++] = slot;
                }
            }
            PeerType relation = RELATIONS[tier / 2];
            for (int i = 0; i < count && !selection.isFull(); i++) {
                int pick = i + ThreadLocalRandom.current().nextInt(count - i);
                int chosen = candidates[pick];
                candidates[pick] = candidates[i];
                selection.add(chosen, relation);
            }
        }
        return visible;
    }

    /** Counts what the peer downloaded since it last reported; a counter that went back started again from zero. */
    private void account(long fromPeersBefore, long fromCdnBefore, Peer peer) {
        long fromPeers = growth(fromPeersBefore, peer.downloadedFromPeers());
        long fromCdn = growth(fromCdnBefore, peer.downloadedCdn());
        bytesFromPeers = ReportedBytes.sum(bytesFromPeers, fromPeers);
        bytesFromCdn = ReportedBytes.sum(bytesFromCdn, fromCdn);
        if (fromPeers != 0) {
            totals.bytesFromPeers.accumulateAndGet(fromPeers, ReportedBytes::sum);
        }
        if (fromCdn != 0) {
            totals.bytesFromCdn.accumulateAndGet(fromCdn, ReportedBytes::sum);
        }
    }

    private static long growth(long before, long now) {
        return now >= before ? now - before : now;
    }

    /** The key of {@code ip}: {@code held} when the row holds that address already, else a newly acquired one. */
    private long addressKey(String ip, long held) {
        long ipv4 = Ipv4.parse(ip);
        if (ipv4 >= 0) {
            return ipv4;
        }
        if ((held & PeerRows.IPV6) != 0 && held != PeerRows.NO_ADDRESS && ipv6.get((int) held).equals(ip)) {
            return held;
        }
        if (ipv6 == null) {
            ipv6 = new StringTable();
        }
        return PeerRows.IPV6 | ipv6.acquire(ip);
    }

    private int groupKey(String groupId, int held) {
        if (groupId.isEmpty()) {
            return 0;
        }
        if (held != 0 && groups.get(held).equals(groupId)) {
            return held;
        }
        if (groups == null) {
            groups = new StringTable();
        }
        return groups.acquire(groupId);
    }

    private String address(long key) {
        return (key & PeerRows.IPV6) == 0 ? Ipv4.format(key) : ipv6.get((int) key);
    }

    private void releaseStrings(int slot) {
        releaseAddress(rows.externalKey(slot));
        long reported = rows.reportedKey(slot);
        if (reported != PeerRows.NO_ADDRESS) {
            releaseAddress(reported);
        }
        if (rows.group(slot) != 0) {
            groups.release(rows.group(slot));
        }
    }

    private void releaseAddress(long key) {
        if ((key & PeerRows.IPV6) != 0) {
            ipv6.release((int) key);
        }
    }

    /** Where one sweep of this swarm has got to. */
    static final class Sweep {

        static final int NOT_STARTED = Integer.MIN_VALUE;

        int cursor = NOT_STARTED;
        int removed;
        int oldestKept = Integer.MAX_VALUE;
    }
}
