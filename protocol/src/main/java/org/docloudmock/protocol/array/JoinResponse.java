package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to a join (the mock's own shape). NumberOfPeers counts every peer the requester may see, before the cap. */
public record JoinResponse(
        @JsonProperty("Peers") List<PeerEntry> peers,
        @JsonProperty("ReannounceIntervalSecs") long reannounceIntervalSecs,
        @JsonProperty("NumberOfPeers") long numberOfPeers) {
}
