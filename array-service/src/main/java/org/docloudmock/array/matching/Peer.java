package org.docloudmock.array.matching;

import java.time.Instant;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.PeerInfo;

/**
 * A peer registered in one swarm, as of its last join.
 *
 * @param externalIp      the address the service saw the join come from (its NAT's public address)
 * @param reportedIp      the private address the peer reported, or null when it sent none
 * @param groupId         empty when the peer sent none
 * @param downloadedDoinc bytes it got from a Connected Cache host (DOINC)
 * @param left            bytes the peer still needs, or null when it did not say
 * @param subnetPrefix    the prefix length of the subnet it restricts itself to (DORestrictPeerSelectionBy 1), or
 *                        {@link JoinRequest#UNRESTRICTED}
 */
public record Peer(PeerId id, String externalIp, String reportedIp, int port, String groupId, DownloadMode mode,
                   long uploaded, long downloaded, long downloadedCdn, long downloadedDoinc, Long left, Instant lastSeen,
                   int subnetPrefix) {

    /** A peer that does not restrict itself to its subnet. */
    public Peer(PeerId id, String externalIp, String reportedIp, int port, String groupId, DownloadMode mode,
                long uploaded, long downloaded, long downloadedCdn, long downloadedDoinc, Long left, Instant lastSeen) {
        this(id, externalIp, reportedIp, port, groupId, mode, uploaded, downloaded, downloadedCdn, downloadedDoinc, left,
                lastSeen, JoinRequest.UNRESTRICTED);
    }

    /** The peer a validated join describes. */
    public static Peer from(JoinRequest request, String externalIp, Instant now) {
        String reportedIp = request.reportedIp() == null || request.reportedIp().isEmpty() ? null
                : IpAddresses.format(IpAddresses.requireLiteral(request.reportedIp(), "ReportedIp"));
        return new Peer(new PeerId(request.peerId()), externalIp, reportedIp, request.portOrDefault(),
                request.groupId() == null ? "" : request.groupId(), request.mode(),
                orZero(request.uploaded()), orZero(request.downloaded()), orZero(request.downloadedCdn()),
                orZero(request.downloadedDoinc()), request.left(), now, request.subnetPrefix());
    }

    /** The peer as the admin views show it. */
    public PeerInfo info() {
        return new PeerInfo(id.hex(), externalIp, reportedIp, port, groupId, mode.code(), uploaded, downloaded,
                downloadedCdn, left, lastSeen);
    }

    public boolean restrictedToSubnet() {
        return subnetPrefix != JoinRequest.UNRESTRICTED;
    }

    /** A seed has nothing left to download. */
    public boolean isSeed() {
        return left != null && left == 0;
    }

    /** A peer that sends no Left counts as still needing data (SPEC 7). */
    public boolean needsData() {
        return !isSeed();
    }

    /** Bytes it got from other peers: what it downloaded that came neither from the CDN nor from a cache host. */
    public long downloadedFromPeers() {
        return ReportedBytes.fromPeers(downloaded, downloadedCdn, downloadedDoinc);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
