package org.docloudmock.protocol.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The content policy (real field names), plus the mock's own {@code P2PAllowed}. */
public record ContentPolicy(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("HashOfHashes") String hashOfHashes,
        @JsonProperty("PiecesHashFileCdnUrls") List<String> piecesHashFileCdnUrls,
        @JsonProperty("ContentCdnUrls") List<String> contentCdnUrls,
        @JsonProperty("IsSecure") boolean secure,
        @JsonProperty("IsInternal") boolean internal,
        @JsonProperty("Rank") int rank,
        @JsonProperty("Policies") Policies policies,
        @JsonProperty("P2PAllowed") boolean p2pAllowed) {

    /**
     * Observed values: {@code DownloadToExpire} is a number of seconds (86400), not a flag;
     * {@code ExpireAtSecsSinceEpoch} is a string, empty for a content that does not expire.
     */
    public record Policies(
            @JsonProperty("ForegroundQosBps") long foregroundQosBps,
            @JsonProperty("BackgroundQosBps") long backgroundQosBps,
            @JsonProperty("MaxCacheAgeSecs") long maxCacheAgeSecs,
            @JsonProperty("ExpireAtSecsSinceEpoch") String expireAtSecsSinceEpoch,
            @JsonProperty("DownloadToExpire") long downloadToExpireSecs) {
    }
}
