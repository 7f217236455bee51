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
    public static Optional<PeerType> relation(Peer requester, Peer candidate) {
        return Optional.ofNullable(reason(requester, candidate).relation());
    }

    /** Why {@code requester} is or is not handed {@code candidate}: the rule itself, {@link #relation} reads it. */
    public static VisibilityReason reason(Peer requester, Peer candidate) {
        if (requester.id().equals(candidate.id())) {
            return VisibilityReason.SAME_PEER;
        }
        if (!requester.mode().peers() || !candidate.mode().peers()) {
            return requester.mode().peers() ? VisibilityReason.PEER_MODE_NEVER_PEERS : VisibilityReason.MODE_NEVER_PEERS;
        }
        if (requester.externalIp().equals(candidate.externalIp())) {
            return withinSubnets(addressKey(requester), requester.subnetPrefix(), addressKey(candidate),
                    candidate.subnetPrefix()) ? VisibilityReason.SAME_NAT : VisibilityReason.OUTSIDE_SUBNET;
        }
        if (inGroupPool(requester.mode(), !requester.groupId().isEmpty(), requester.restrictedToSubnet())
                && inGroupPool(candidate.mode(), !candidate.groupId().isEmpty(), candidate.restrictedToSubnet())
                && requester.groupId().equals(candidate.groupId())) {
            return VisibilityReason.SAME_GROUP;
        }
        if (inInternetPool(requester.mode(), requester.restrictedToSubnet())
                && inInternetPool(candidate.mode(), candidate.restrictedToSubnet())) {
            return VisibilityReason.BOTH_INTERNET;
        }
        return acrossNats(requester, candidate);
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
    public static boolean inGroupPool(DownloadMode mode, boolean hasGroupId, boolean restrictedToSubnet) {
        return mode == DownloadMode.GROUP && hasGroupId && !restrictedToSubnet;
    }

    /** A peer shares with anyone on the Internet only in Internet mode, and when it does not keep to its subnet. */
    public static boolean inInternetPool(DownloadMode mode, boolean restrictedToSubnet) {
        return mode == DownloadMode.INTERNET && !restrictedToSubnet;
    }

    /**
     * Whether two peers behind one NAT pass each other's subnet restriction: each that restricts (a prefix
     * length, not {@link JoinRequest#UNRESTRICTED}) needs the other's reported IPv4 address in its subnet.
     * Addresses are keys as {@link PeerRows} keeps them: an IPv4 address is its 32 bits, anything else is
     * outside every subnet. Plain arithmetic, so the stores' fast paths call it per candidate.
     */
    public static boolean withinSubnets(long requesterAddress, int requesterPrefix, long candidateAddress,
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

    /** The peer's reported address as a key of {@link #withinSubnets}: its 32 bits when IPv4, else -1. */
    private static long addressKey(Peer peer) {
        return peer.reportedIp() == null ? -1 : Ipv4.parse(peer.reportedIp());
    }

    /**
     * Where the requester reaches the candidate: inside a NAT or a group, the private address it
     * reported (its external IP when it reported none); across the Internet, its external IP.
     */
    public static String address(PeerType relation, Peer candidate) {
        return reachedAtReportedIp(relation, candidate.reportedIp() != null) ? candidate.reportedIp() : candidate.externalIp();
    }

    /** {@link #address} for a store that keeps addresses in its own form. */
    public static boolean reachedAtReportedIp(PeerType relation, boolean reportedIpKnown) {
        return relation != PeerType.Internet && reportedIpKnown;
    }
}
