package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A registered peer as the Array admin view shows it (PeerInfo-like fields); {@code Left} is null when the peer never sent it. */
public record PeerInfo(
        @JsonProperty("PeerId") String peerId,
        @JsonProperty("ExternalIp") String externalIp,
        @JsonProperty("ReportedIp") String reportedIp,
        @JsonProperty("Port") int port,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("Scope") int scope,
        @JsonProperty("Uploaded") long uploaded,
        @JsonProperty("Downloaded") long downloaded,
        @JsonProperty("DownloadedCdn") long downloadedCdn,
        @JsonProperty("Left") Long left,
        @JsonProperty("LastSeen") Instant lastSeen) {
}
