package org.docloudmock.array.matching;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinRequest;

/**
 * The peers of one swarm, packed: ten longs a peer, with no object per peer. A row is removed by moving
 * the last row into its place, so rows stay dense and a slot number is a peer's position, not its identity.
 * A row is split in two arrays: the four longs a requester is handed (id, addresses, port, mode, seed) and
 * the six it is not (times, group, counters), so that handing out peers of a large swarm reads half a
 * cache line a peer rather than two lines.
 *
 * <p>Addresses are kept as keys: an IPv4 address is its 32 bits; an IPv6 address is bit 32 set above its
 * index in the swarm's {@link StringTable} of addresses. Times are whole seconds since {@link #EPOCH_SECOND}.
 * A row answers {@link Visibility}'s rule by its slot, so the scan and the index decide who sees whom as the
 * table does.
 */
final class PeerRows implements Visibility.Facts {

    /** 2024-01-01T00:00:00Z: an int of seconds from here reaches 2092. */
    static final long EPOCH_SECOND = 1_704_067_200L;
    static final long IPV6 = 1L << 32;
    static final long NO_ADDRESS = -1;

    private static final int HOT = 4;
    private static final int ID_HIGH = 0;
    private static final int ID_MIDDLE = 1;
    private static final int ID_LOW_AND_EXTERNAL = 2;   // id bytes 16-19 | external address
    private static final int REPORTED_PORT_FLAGS = 3;   // reported address | port (16 bits) | flags (16 bits)
    private static final int COLD = 6;
    private static final int SEEN_AND_GROUP = 0;        // last seen | group index (0: none)
    private static final int UPLOADED = 1;
    private static final int DOWNLOADED = 2;
    private static final int DOWNLOADED_CDN = 3;
    private static final int DOWNLOADED_DOINC = 4;
    private static final int LEFT = 5;                  // -1: the peer never said

    private static final int MODE_BITS = 0b11;          // DownloadMode code 1, 2 or 3
    private static final int EXTERNAL_IPV6 = 1 << 2;
    private static final int REPORTED_IPV6 = 1 << 3;
    private static final int REPORTED_KNOWN = 1 << 4;
    private static final int SEED = 1 << 5;
    private static final int SUBNET_RESTRICTED = 1 << 6;
    private static final int SUBNET_PREFIX_SHIFT = 7;    // 6 bits: a prefix length 0 to 32
    private static final DownloadMode[] MODES = {null, DownloadMode.LAN, DownloadMode.GROUP, DownloadMode.INTERNET};
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private long[] hot = new long[HOT];
    private long[] cold = new long[COLD];
    private int size;

    int size() {
        return size;
    }

    /** A new row at the end; the caller writes it. */
    int append() {
        if ((size + 1) * HOT > hot.length) {
            // small swarms are the many: they grow a row at a time, so that they hold no slack; large ones by a quarter
            int rows = size < 16 ? size + 1 : size + (size >> 2);
            hot = Arrays.copyOf(hot, rows * HOT);
            cold = Arrays.copyOf(cold, rows * COLD);
        }
        return size++;
    }

    /** Drops the last row; the caller has moved it into a hole first, if it had to. */
    void dropLast() {
        size--;
        if (size >= 8 && hot.length > 2 * size * HOT) {
            hot = Arrays.copyOf(hot, (size + (size >> 2)) * HOT);
            cold = Arrays.copyOf(cold, (size + (size >> 2)) * COLD);
        }
    }

    void move(int from, int to) {
        System.arraycopy(hot, from * HOT, hot, to * HOT, HOT);
        System.arraycopy(cold, from * COLD, cold, to * COLD, COLD);
    }

    /** The peer id's 20 bytes as two longs and an int, from its 40 hex digits. */
    static long idHigh(String hex) {
        return HexFormat.fromHexDigitsToLong(hex, 0, 16);
    }

    static long idMiddle(String hex) {
        return HexFormat.fromHexDigitsToLong(hex, 16, 32);
    }

    static int idLow(String hex) {
        return (int) HexFormat.fromHexDigitsToLong(hex, 32, 40);
    }

    void write(int slot, Peer peer, long externalKey, long reportedKey, int group, int lastSeen) {
        int base = slot * HOT;
        String hex = peer.id().hex();
        hot[base + ID_HIGH] = idHigh(hex);
        hot[base + ID_MIDDLE] = idMiddle(hex);
        hot[base + ID_LOW_AND_EXTERNAL] = ((long) idLow(hex) << 32) | (externalKey & 0xFFFF_FFFFL);
        int flags = peer.mode().code() & MODE_BITS;
        flags |= (externalKey & IPV6) != 0 ? EXTERNAL_IPV6 : 0;
        flags |= peer.isSeed() ? SEED : 0;
        flags |= peer.restrictedToSubnet() ? SUBNET_RESTRICTED | peer.subnetPrefix() << SUBNET_PREFIX_SHIFT : 0;
        if (reportedKey != NO_ADDRESS) {
            flags |= REPORTED_KNOWN | ((reportedKey & IPV6) != 0 ? REPORTED_IPV6 : 0);
        }
        hot[base + REPORTED_PORT_FLAGS] = (reportedKey << 32) | ((long) (peer.port() & 0xFFFF) << 16) | flags;
        int coldBase = slot * COLD;
        cold[coldBase + SEEN_AND_GROUP] = ((long) lastSeen << 32) | (group & 0xFFFF_FFFFL);
        cold[coldBase + UPLOADED] = peer.uploaded();
        cold[coldBase + DOWNLOADED] = peer.downloaded();
        cold[coldBase + DOWNLOADED_CDN] = peer.downloadedCdn();
        cold[coldBase + DOWNLOADED_DOINC] = peer.downloadedDoinc();
        cold[coldBase + LEFT] = peer.left() == null ? -1 : peer.left();
    }

    /** The row of this peer id, by looking at every row: for swarms too small to keep an index. */
    int find(long idHigh, long idMiddle, int idLow) {
        for (int slot = 0; slot < size; slot++) {
            if (hasId(slot, idHigh, idMiddle, idLow)) {
                return slot;
            }
        }
        return -1;
    }

    boolean hasId(int slot, long idHigh, long idMiddle, int idLow) {
        int base = slot * HOT;
        return hot[base + ID_HIGH] == idHigh && hot[base + ID_MIDDLE] == idMiddle
                && (int) (hot[base + ID_LOW_AND_EXTERNAL] >>> 32) == idLow;
    }

    long idHigh(int slot) {
        return hot[slot * HOT + ID_HIGH];
    }

    long idMiddle(int slot) {
        return hot[slot * HOT + ID_MIDDLE];
    }

    int idLow(int slot) {
        return (int) (hot[slot * HOT + ID_LOW_AND_EXTERNAL] >>> 32);
    }

    int idHash(int slot) {
        return idHash(idHigh(slot), idMiddle(slot), idLow(slot));
    }

    static int idHash(long idHigh, long idMiddle, int idLow) {
        return Hashing.mix(idHigh * 31 + idMiddle * 0x9E3779B97F4A7C15L + idLow);
    }

    String idHex(int slot) {
        byte[] text = new byte[40];
        hex(idHigh(slot), text, 0, 16);
        hex(idMiddle(slot), text, 16, 16);
        hex(idLow(slot), text, 32, 8);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    PeerId id(int slot) {
        return new PeerId(idHex(slot));
    }

    @Override
    public long externalKey(int slot) {
        long external = hot[slot * HOT + ID_LOW_AND_EXTERNAL] & 0xFFFF_FFFFL;
        return (flags(slot) & EXTERNAL_IPV6) != 0 ? external | IPV6 : external;
    }

    /** {@link #NO_ADDRESS} when the peer reported none. */
    @Override
    public long reportedKey(int slot) {
        int flags = flags(slot);
        if ((flags & REPORTED_KNOWN) == 0) {
            return NO_ADDRESS;
        }
        long reported = hot[slot * HOT + REPORTED_PORT_FLAGS] >>> 32;
        return (flags & REPORTED_IPV6) != 0 ? reported | IPV6 : reported;
    }

    int port(int slot) {
        return (int) (hot[slot * HOT + REPORTED_PORT_FLAGS] >>> 16) & 0xFFFF;
    }

    DownloadMode mode(int slot) {
        return MODES[flags(slot) & MODE_BITS];
    }

    int lastSeen(int slot) {
        return (int) (cold[slot * COLD + SEEN_AND_GROUP] >>> 32);
    }

    int group(int slot) {
        return (int) cold[slot * COLD + SEEN_AND_GROUP];
    }

    long uploaded(int slot) {
        return cold[slot * COLD + UPLOADED];
    }

    long downloaded(int slot) {
        return cold[slot * COLD + DOWNLOADED];
    }

    long downloadedCdn(int slot) {
        return cold[slot * COLD + DOWNLOADED_CDN];
    }

    long downloadedDoinc(int slot) {
        return cold[slot * COLD + DOWNLOADED_DOINC];
    }

    /** Null when the peer never said. */
    Long left(int slot) {
        long left = cold[slot * COLD + LEFT];
        return left < 0 ? null : left;
    }

    /** The prefix length of the subnet the peer keeps to, or {@code JoinRequest.UNRESTRICTED}. */
    @Override
    public int subnetPrefix(int slot) {
        int flags = flags(slot);
        return (flags & SUBNET_RESTRICTED) == 0 ? JoinRequest.UNRESTRICTED : flags >>> SUBNET_PREFIX_SHIFT & 0x3F;
    }

    /** Rows hold peering modes only: a join in another mode leaves its swarm. */
    @Override
    public boolean peers(int slot) {
        return (flags(slot) & MODE_BITS) != 0;
    }

    /**
     * The group whose pool the peer is in, or 0. Asked as if it had a group, since one without is 0 either
     * way: the row's cold half, where the group is, is read only for a peer the pool could take.
     */
    @Override
    public int groupPool(int slot) {
        return Visibility.inGroupPool(mode(slot), true, restrictedToSubnet(slot)) ? group(slot) : 0;
    }

    @Override
    public boolean inInternetPool(int slot) {
        return Visibility.inInternetPool(mode(slot), restrictedToSubnet(slot));
    }

    boolean restrictedToSubnet(int slot) {
        return (flags(slot) & SUBNET_RESTRICTED) != 0;
    }

    boolean isSeed(int slot) {
        return (flags(slot) & SEED) != 0;
    }

    /** Bytes from other peers, as {@link Peer#downloadedFromPeers()} counts them. */
    long downloadedFromPeers(int slot) {
        return ReportedBytes.fromPeers(downloaded(slot), downloadedCdn(slot), downloadedDoinc(slot));
    }

    private int flags(int slot) {
        return (int) hot[slot * HOT + REPORTED_PORT_FLAGS] & 0xFFFF;
    }

    private static void hex(long value, byte[] text, int offset, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            text[offset + i] = HEX_DIGITS[(int) value & 0xF];
            value >>>= 4;
        }
    }
}
