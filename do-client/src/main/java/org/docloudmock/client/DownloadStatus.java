package org.docloudmock.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One download as DO's Get-DeliveryOptimizationStatus shows it (real field names and Status values:
 * Downloading, Complete, Caching), plus the mock's own {@code BannedPeers}, {@code Verified} and
 * {@code Reason} (why the download ran over HTTP only, or failed). {@code Failed} is the mock's own Status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DownloadStatus(
        @JsonProperty("FileSize") long fileSize,
        @JsonProperty("TotalBytesDownloaded") long totalBytesDownloaded,
        @JsonProperty("PercentPeerCaching") double percentPeerCaching,
        @JsonProperty("BytesFromPeers") long bytesFromPeers,
        @JsonProperty("BytesFromLanPeers") long bytesFromLanPeers,
        @JsonProperty("BytesFromGroupPeers") long bytesFromGroupPeers,
        @JsonProperty("BytesFromInternetPeers") long bytesFromInternetPeers,
        @JsonProperty("BytesFromHTTP") long bytesFromHttp,
        @JsonProperty("BytesFromCacheServer") long bytesFromCacheServer,
        @JsonProperty("BytesToLanPeers") long bytesToLanPeers,
        @JsonProperty("BytesToGroupPeers") long bytesToGroupPeers,
        @JsonProperty("BytesToInternetPeers") long bytesToInternetPeers,
        @JsonProperty("DownloadMode") int downloadMode,
        @JsonProperty("NumPeers") long numPeers,
        @JsonProperty("Status") String status,
        @JsonProperty("BannedPeers") int bannedPeers,
        @JsonProperty("Verified") boolean verified,
        @JsonProperty("Reason") String reason) {

    public static final String DOWNLOADING = "Downloading";
    /** Downloaded, not uploading: HTTP-only downloads, and devices that may not upload. */
    public static final String COMPLETE = "Complete";
    /** Downloaded and ready to upload: a peer that stays in the swarm, as DO keeps content in its cache. */
    public static final String CACHING = "Caching";
    public static final String FAILED = "Failed";

    public boolean finished() {
        return !DOWNLOADING.equals(status);
    }
}
