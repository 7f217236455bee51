package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether one peer is handed another, and the rule that decides it (the mock's own admin view).
 *
 * @param relation null when it is not handed the other
 * @param remedy   what DO's troubleshooting guide says to do; null when it is handed the other
 */
public record PeerVisibility(
        @JsonProperty("PeerId") String peerId,
        @JsonProperty("Sees") boolean sees,
        @JsonProperty("Relation") PeerType relation,
        @JsonProperty("Reason") VisibilityReason reason,
        @JsonProperty("Explanation") String explanation,
        @JsonProperty("Remedy") String remedy) {

    public static PeerVisibility of(String peerId, VisibilityReason reason) {
        return new PeerVisibility(peerId, reason.sees(), reason.relation(), reason, reason.explanation(), reason.remedy());
    }
}
