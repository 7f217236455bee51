package org.docloudmock.array.matching;

import java.time.Instant;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.array.JoinRequest;

/**
 * A peer registered in one swarm, as of its last join.
 *
 * @param externalIp the address the service saw the join come from (its NAT's public address)
 * @param reportedIp the private address the peer reported, or null when it sent none
 * @param groupId    empty when the peer sent none
 * @param left       bytes the peer still needs, or null when it did not say
 */
public record Peer(PeerId id, String externalIp, String reportedIp, int port, String groupId, DownloadMode mode,
                   long uploaded, long downloaded, long downloadedCdn, Long left, Instant lastSeen) {

    /** The peer a validated join describes. */
    public static Peer from(JoinRequest request, String externalIp, Instant now) {
        String reportedIp = request.reportedIp() == null || request.reportedIp().isEmpty() ? null
                : IpAddresses.format(IpAddresses.requireLiteral(request.reportedIp(), "ReportedIp"));
        return new Peer(new PeerId(request.peerId()), externalIp, reportedIp, request.portOrDefault(),
                request.groupId() == null ? "" : request.groupId(), request.mode(),
                orZero(request.uploaded()), orZero(request.downloaded()), orZero(request.downloadedCdn()),
                request.left(), now);
    }

    /** A seed has nothing left to download. */
    public boolean isSeed() {
        return left != null && left == 0;
    }

    /** A peer that sends no Left counts as still needing data (SPEC 7). */
    public boolean needsData() {
        return !isSeed();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
