package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The policies a content registration sets (real field names of a content policy's {@code Policies}); a null
 * one takes the service's configured default. {@code DownloadToExpire} is a number of seconds, as in real policies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyOverrides(
        @JsonProperty("ForegroundQosBps") Long foregroundQosBps,
        @JsonProperty("BackgroundQosBps") Long backgroundQosBps,
        @JsonProperty("MaxCacheAgeSecs") Long maxCacheAgeSecs,
        @JsonProperty("ExpireAtSecsSinceEpoch") Long expireAtSecsSinceEpoch,
        @JsonProperty("DownloadToExpire") Long downloadToExpireSecs) {
}
