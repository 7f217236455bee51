package org.docloudmock.array.matching;

import java.util.Optional;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.PeerType;

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
 * Consent is mutual: every relation needs both modes, so a LAN-mode peer never leaves its NAT.
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * The first relation, in the order peers are returned, under which {@code requester} may be handed
     * {@code candidate}; empty when none holds. A peer is never related to itself.
     */
    public static Optional<PeerType> relation(Peer requester, Peer candidate) {
        if (requester.id().equals(candidate.id()) || !requester.mode().peers() || !candidate.mode().peers()) {
            return Optional.empty();
        }
        if (requester.externalIp().equals(candidate.externalIp())) {
            return Optional.of(PeerType.Lan);
        }
        if (bothIn(DownloadMode.GROUP, requester, candidate) && !requester.groupId().isEmpty()
                && requester.groupId().equals(candidate.groupId())) {
            return Optional.of(PeerType.Group);
        }
        if (bothIn(DownloadMode.INTERNET, requester, candidate)) {
            return Optional.of(PeerType.Internet);
        }
        return Optional.empty();
    }

    /**
     * Where the requester reaches the candidate: inside a NAT or a group, the private address it
     * reported (its external IP when it reported none); across the Internet, its external IP.
     */
    public static String address(PeerType relation, Peer candidate) {
        if (relation == PeerType.Internet || candidate.reportedIp() == null) {
            return candidate.externalIp();
        }
        return candidate.reportedIp();
    }

    private static boolean bothIn(DownloadMode mode, Peer requester, Peer candidate) {
        return requester.mode() == mode && candidate.mode() == mode;
    }
}
