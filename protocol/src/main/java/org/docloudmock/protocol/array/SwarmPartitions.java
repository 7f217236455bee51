package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One swarm as Array partitions it (the mock's own admin view): every peer is in its NAT's partition, a
 * Group-mode peer with a GroupId also in its group's, an Internet-mode peer also in the Internet pool.
 *
 * @param peerEfficiency bytes from peers over bytes from peers and the CDN, as the live peers last reported
 *                       them (DO's troubleshooter's formula); null before any was reported
 */
public record SwarmPartitions(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("PeerEfficiency") Double peerEfficiency,
        @JsonProperty("Peers") List<PeerInfo> peers,
        @JsonProperty("Nats") List<Partition> nats,
        @JsonProperty("Groups") List<Partition> groups,
        @JsonProperty("Internet") List<String> internet) {

    /** @param key the NAT's external IP, or the GroupId */
    public record Partition(@JsonProperty("Key") String key, @JsonProperty("PeerIds") List<String> peerIds) {
    }
}
