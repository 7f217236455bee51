package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Whom one peer of a swarm is handed, peer by peer, with the reason (the mock's own admin view). */
public record SwarmVisibility(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("PeerId") String peerId,
        @JsonProperty("Peers") List<PeerVisibility> peers) {
}
