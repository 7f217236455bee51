package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One swarm in the Array admin view, with its peer counts by partition. */
public record SwarmSummary(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("Peers") int peers,
        @JsonProperty("Seeds") int seeds,
        @JsonProperty("LanPartitions") int lanPartitions,
        @JsonProperty("Groups") int groups,
        @JsonProperty("InternetPeers") int internetPeers) {
}
