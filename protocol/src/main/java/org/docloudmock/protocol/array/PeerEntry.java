package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One peer handed to a joining client. */
public record PeerEntry(
        @JsonProperty("PeerId") String peerId,
        @JsonProperty("Ip") String ip,
        @JsonProperty("Port") int port,
        @JsonProperty("PeerType") PeerType peerType,
        @JsonProperty("IsSeed") boolean seed) {
}
