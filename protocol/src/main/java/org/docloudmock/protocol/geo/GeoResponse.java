package org.docloudmock.protocol.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code GET /geo} answers (real field names); the cache host fields only when one serves the client.
 * {@code CacheId}, {@code ContentCert} and {@code DownloadModeFailSafe} are in every real answer
 * ({@code "7"}, {@code false}, {@code ""} observed); a null one is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeoResponse(
        @JsonProperty("ExternalIpAddress") String externalIpAddress,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("KeyValue_EndpointFullUri") String keyValueEndpointFullUri,
        @JsonProperty("Version") String version,
        @JsonProperty("CompactVersion") String compactVersion,
        @JsonProperty("CacheHost") String cacheHost,
        @JsonProperty("CacheHostFlag") Integer cacheHostFlag,
        @JsonProperty("CacheId") String cacheId,
        @JsonProperty("ContentCert") Boolean contentCert,
        @JsonProperty("DownloadModeFailSafe") String downloadModeFailSafe) {

    /** An answer without the fields a client does not read (fakes of Geo in tests). */
    public GeoResponse(String externalIpAddress, String countryCode, String keyValueEndpointFullUri, String version,
                       String compactVersion, String cacheHost, Integer cacheHostFlag) {
        this(externalIpAddress, countryCode, keyValueEndpointFullUri, version, compactVersion, cacheHost, cacheHostFlag,
                null, null, null);
    }
}
