package org.docloudmock.protocol.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code GET /geo} answers (real field names); the cache host fields only when one serves the client. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeoResponse(
        @JsonProperty("ExternalIpAddress") String externalIpAddress,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("KeyValue_EndpointFullUri") String keyValueEndpointFullUri,
        @JsonProperty("Version") String version,
        @JsonProperty("CompactVersion") String compactVersion,
        @JsonProperty("CacheHost") String cacheHost,
        @JsonProperty("CacheHostFlag") Integer cacheHostFlag) {
}
