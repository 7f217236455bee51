package org.docloudmock.array.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.protocol.array.SwarmPartitions;

/**
 * One swarm read as {@link Visibility}'s partitions, for the admin views: every peer in its NAT's, a peer
 * {@link Visibility#inGroupPool in a group pool} in its group's, a peer {@link Visibility#inInternetPool in
 * the Internet pool} there; with the swarm's peer efficiency.
 */
public final class SwarmLayout {

    private SwarmLayout() {
    }

    /** {@code swarm}: the peers of {@code contentId}, in the order they are listed. */
    public static SwarmPartitions of(String contentId, List<Peer> swarm) {
        Map<String, List<String>> nats = new LinkedHashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> internet = new ArrayList<>();
        long fromPeers = 0;
        long fromCdn = 0;
        for (Peer peer : swarm) {
            String id = peer.id().hex();
            nats.computeIfAbsent(peer.externalIp(), nat -> new ArrayList<>()).add(id);
            if (Visibility.inGroupPool(peer.mode(), !peer.groupId().isEmpty(), peer.restrictedToSubnet())) {
                groups.computeIfAbsent(peer.groupId(), group -> new ArrayList<>()).add(id);
            }
            if (Visibility.inInternetPool(peer.mode(), peer.restrictedToSubnet())) {
                internet.add(id);
            }
            fromPeers = ReportedBytes.sum(fromPeers, peer.downloadedFromPeers());
            fromCdn = ReportedBytes.sum(fromCdn, peer.downloadedCdn());
        }
        ReportedBytes bytes = new ReportedBytes(fromPeers, fromCdn);
        return new SwarmPartitions(contentId, bytes.total() == 0 ? null : bytes.peerShare(),
                swarm.stream().map(Peer::info).toList(), partitions(nats), partitions(groups), internet);
    }

    private static List<SwarmPartitions.Partition> partitions(Map<String, List<String>> byKey) {
        return byKey.entrySet().stream().map(entry -> new SwarmPartitions.Partition(entry.getKey(), entry.getValue())).toList();
    }
}
