package org.docloudmock.array.matching;

import java.util.Optional;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.array.VisibilityReason;

/**
 * Who sees whom in a swarm (SPEC 7), and at which address. The one place these rules live.
 *
 * <table>
 *   <tr><th>relation</th><th>condition</th><th>requester's mode</th><th>peer's mode</th><th>address</th></tr>
 *   <tr><td>Lan</td><td>same external IP</td><td>1, 2 or 3</td><td>1, 2 or 3</td><td>peer's ReportedIp</td></tr>
 *   <tr><td>Group</td><td>same non-empty GroupId</td><td>2</td><td>2</td><td>peer's ReportedIp</td></tr>
 *   <tr><td>Internet</td><td>any</td><td>3</td><td>3</td><td>peer's external IP</td></tr>
 * </table>
 *
 * A peer that restricts itself to its subnet (DO's DORestrictPeerSelectionBy = 1, sent as the join's
 * {@code RestrictPeerSelectionBy}) has only the Lan relation, and only with peers whose ReportedIp lies in its
 * subnet ({@code ReportedIp} under its {@code SubnetMask}).
 *
 * Consent is mutual: every relation needs both modes and both subnet restrictions, so a LAN-mode peer never
 * leaves its NAT and a restricted peer never leaves its subnet. Read as
 * partitions, which is how {@link PartitionedPeerStore} keeps a swarm: every peer is in its NAT's partition;
 * a peer {@link #inGroupPool in a group pool} is in its group's; a peer {@link #inInternetPool in the
 * Internet pool} is in the one pool. A requester finds peers only in the partitions it is in itself.
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * The first relation, in the order peers are returned, under which {@code requester} may be handed
     * {@code candidate}; empty when none holds. A peer is never related to itself.
     */
    static Optional<PeerType> relation(Peer requester, Peer candidate) {
        return Optional.ofNullable(reason(requester, candidate).relation());
    }

    /** Why {@code requester} is or is not handed {@code candidate}: {@link #relation(Facts, int, int)} decides. */
    public static VisibilityReason reason(Peer requester, Peer candidate) {
        PeerPair pair = new PeerPair(requester, candidate);
        PeerType relation = relation(pair, PeerPair.REQUESTER, pair.candidate());
        if (relation != null) {
            return switch (relation) {
                case Lan -> VisibilityReason.SAME_NAT;
                case Group -> VisibilityReason.SAME_GROUP;
                case Internet -> VisibilityReason.BOTH_INTERNET;
            };
        }
        if (pair.candidate() == PeerPair.REQUESTER) {
            return VisibilityReason.SAME_PEER;
        }
        if (!requester.mode().peers() || !candidate.mode().peers()) {
            return requester.mode().peers() ? VisibilityReason.PEER_MODE_NEVER_PEERS : VisibilityReason.MODE_NEVER_PEERS;
        }
        return requester.externalIp().equals(candidate.externalIp()) ? VisibilityReason.OUTSIDE_SUBNET
                : acrossNats(requester, candidate);
    }

    /**
     * The rule itself, the one function every path calls: the table test through {@link #reason}, a small
     * swarm's scan and a large swarm's index walk through {@link PeerRows}, with no object per peer. The
     * relation under which {@code requester} is handed {@code candidate}, or null when none holds.
     */
    static PeerType relation(Facts peers, int requester, int candidate) {
        if (requester == candidate || !peers.peers(requester) || !peers.peers(candidate)) {
            return null;
        }
        if (peers.externalKey(requester) == peers.externalKey(candidate)) {
            int requesterPrefix = peers.subnetPrefix(requester);
            int candidatePrefix = peers.subnetPrefix(candidate);
            // where nobody keeps to a subnet, as most do not, the addresses are not read
            boolean unrestricted = requesterPrefix == JoinRequest.UNRESTRICTED && candidatePrefix == JoinRequest.UNRESTRICTED;
            return unrestricted || withinSubnets(peers.reportedKey(requester), requesterPrefix,
                    peers.reportedKey(candidate), candidatePrefix) ? PeerType.Lan : null;
        }
        int group = peers.groupPool(requester);
        if (group != 0 && peers.groupPool(candidate) == group) {
            return PeerType.Group;
        }
        return peers.inInternetPool(requester) && peers.inInternetPool(candidate) ? PeerType.Internet : null;
    }

    /** What {@link #relation(Facts, int, int)} reads of a peer, by its number; keys compare for equality only. */
    interface Facts {

        /** Whether its mode peers at all (1, 2 or 3). */
        boolean peers(int peer);

        /** Its NAT: equal keys, one external IP. */
        long externalKey(int peer);

        /** Its ReportedIp as {@link #withinSubnets} reads it. */
        long reportedKey(int peer);

        /** The prefix length of the subnet it keeps to, or {@link JoinRequest#UNRESTRICTED}. */
        int subnetPrefix(int peer);

        /** The group whose pool it is in ({@link #inGroupPool}), as a key; 0 when in none. */
        int groupPool(int peer);

        /** {@link Visibility#inInternetPool}. */
        boolean inInternetPool(int peer);
    }

    /** Two peers as {@link Facts}: the requester is number 0, the candidate 1, or 0 as well when it is the requester. */
    private record PeerPair(Peer requester, Peer other) implements Facts {

        static final int REQUESTER = 0;

        int candidate() {
            return requester.id().equals(other.id()) ? REQUESTER : 1;
        }

        private Peer peer(int number) {
            return number == REQUESTER ? requester : other;
        }

        @Override
        public boolean peers(int peer) {
            return peer(peer).mode().peers();
        }

        @Override
        public long externalKey(int peer) {
            return peer == REQUESTER || other.externalIp().equals(requester.externalIp()) ? 0 : 1;
        }

        @Override
        public long reportedKey(int peer) {
            String reportedIp = peer(peer).reportedIp();
            return reportedIp == null ? -1 : Ipv4.parse(reportedIp);
        }

        @Override
        public int subnetPrefix(int peer) {
            return peer(peer).subnetPrefix();
        }

        @Override
        public int groupPool(int peer) {
            Peer member = peer(peer);
            if (!inGroupPool(member.mode(), !member.groupId().isEmpty(), member.restrictedToSubnet())) {
                return 0;
            }
            return peer == REQUESTER || member.groupId().equals(requester.groupId()) ? 1 : 2;
        }

        @Override
        public boolean inInternetPool(int peer) {
            return Visibility.inInternetPool(peer(peer).mode(), peer(peer).restrictedToSubnet());
        }
    }

    /** Which condition kept two peers of different NATs apart, for the admin views. */
    private static VisibilityReason acrossNats(Peer requester, Peer candidate) {
        if (requester.restrictedToSubnet() || candidate.restrictedToSubnet()) {
            return VisibilityReason.SUBNET_ACROSS_NATS;
        }
        if (requester.mode() == DownloadMode.LAN || candidate.mode() == DownloadMode.LAN) {
            return VisibilityReason.LAN_MODE_ACROSS_NATS;
        }
        if (requester.mode() != candidate.mode()) {
            return VisibilityReason.MODES_DIFFER;
        }
        return requester.groupId().isEmpty() || candidate.groupId().isEmpty()
                ? VisibilityReason.NO_GROUP_ID : VisibilityReason.GROUP_IDS_DIFFER;
    }

    /**
     * A peer shares with its group, behind any NAT, only in Group mode, with a group to share with, and when it
     * does not keep to its subnet.
     */
    static boolean inGroupPool(DownloadMode mode, boolean hasGroupId, boolean restrictedToSubnet) {
        return mode == DownloadMode.GROUP && hasGroupId && !restrictedToSubnet;
    }

    /** A peer shares with anyone on the Internet only in Internet mode, and when it does not keep to its subnet. */
    static boolean inInternetPool(DownloadMode mode, boolean restrictedToSubnet) {
        return mode == DownloadMode.INTERNET && !restrictedToSubnet;
    }

    /**
     * Whether two peers behind one NAT pass each other's subnet restriction: each that restricts (a prefix
     * length, not {@link JoinRequest#UNRESTRICTED}) needs the other's reported IPv4 address in its subnet.
     * Addresses are keys as {@link PeerRows} keeps them: an IPv4 address is its 32 bits, anything else is
     * outside every subnet. Plain arithmetic: {@link #relation(Facts, int, int)} asks it per candidate.
     */
    static boolean withinSubnets(long requesterAddress, int requesterPrefix, long candidateAddress,
                                 int candidatePrefix) {
        return inSubnet(requesterAddress, requesterPrefix, candidateAddress)
                && inSubnet(candidateAddress, candidatePrefix, requesterAddress);
    }

    private static boolean inSubnet(long own, int prefix, long other) {
        if (prefix == JoinRequest.UNRESTRICTED) {
            return true;
        }
        long mask = 0xFFFF_FFFFL << (32 - prefix) & 0xFFFF_FFFFL;
        return other >= 0 && other <= 0xFFFF_FFFFL && ((own ^ other) & mask) == 0;
    }

    /**
     * Where the requester reaches the candidate: inside a NAT or a group, the private address it
     * reported (its external IP when it reported none); across the Internet, its external IP.
     */
    static String address(PeerType relation, Peer candidate) {
        return reachedAtReportedIp(relation, candidate.reportedIp() != null) ? candidate.reportedIp() : candidate.externalIp();
    }

    /** {@link #address} for a store that keeps addresses in its own form. */
    static boolean reachedAtReportedIp(PeerType relation, boolean reportedIpKnown) {
        return relation != PeerType.Internet && reportedIpKnown;
    }
}
