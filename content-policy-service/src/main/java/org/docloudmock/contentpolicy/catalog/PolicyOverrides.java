package org.docloudmock.contentpolicy.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.docloudmock.protocol.InvalidFieldException;

/** The policies a registration sets for its content (real field names); an absent one takes the configured default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyOverrides(
        @JsonProperty("ForegroundQosBps") Long foregroundQosBps,
        @JsonProperty("BackgroundQosBps") Long backgroundQosBps,
        @JsonProperty("MaxCacheAgeSecs") Long maxCacheAgeSecs,
        @JsonProperty("ExpireAtSecsSinceEpoch") Long expireAtSecsSinceEpoch,
        @JsonProperty("DownloadToExpire") Long downloadToExpireSecs) {

    public static final PolicyOverrides NONE = new PolicyOverrides(null, null, null, null, null);

    public PolicyOverrides requireValid() {
        requireNotNegative(foregroundQosBps, "ForegroundQosBps");
        requireNotNegative(backgroundQosBps, "BackgroundQosBps");
        requireNotNegative(maxCacheAgeSecs, "MaxCacheAgeSecs");
        requireNotNegative(expireAtSecsSinceEpoch, "ExpireAtSecsSinceEpoch");
        requireNotNegative(downloadToExpireSecs, "DownloadToExpire");
        return this;
    }

    private static void requireNotNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException("Policies." + field, "must not be negative");
        }
    }
}
