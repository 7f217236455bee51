package org.docloudmock.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One download as DO's {@code Get-DeliveryOptimizationStatus} shows it: its fields, names, casing and order
 * (SPEC 10) and its Status values ({@link DownloadState}), plus the mock's own {@code BannedPeers},
 * {@code Verified} and {@code Reason} (why the download ran over HTTP only, or failed). As in DO (Microsoft Learn's Connected Cache example), {@code BytesFromHttp} counts the
 * CDN's bytes only; a cache server's are in {@code BytesFromCacheServer}; {@code TotalBytesDownloaded} adds all.
 *
 * <p>The mock's readings: {@code FileId} is the ContentId; link-local peers never occur (0); a
 * {@code *ConnectionCount} counts HTTP exchanges that brought bytes, and peers ever connected;
 * {@code DownloadDuration} is a .NET TimeSpan ({@code hh:mm:ss.fffffff}); {@code ExpireOn} is ISO-8601.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DownloadStatus(
        @JsonProperty("FileId") String fileId,
        @JsonProperty("FileSize") long fileSize,
        @JsonProperty("FileSizeInCache") long fileSizeInCache,
        @JsonProperty("TotalBytesDownloaded") long totalBytesDownloaded,
        @JsonProperty("PercentPeerCaching") double percentPeerCaching,
        @JsonProperty("BytesFromPeers") long bytesFromPeers,
        @JsonProperty("BytesFromHttp") long bytesFromHttp,
        @JsonProperty("Status") DownloadState status,
        @JsonProperty("Priority") String priority,
        @JsonProperty("BytesFromCacheServer") long bytesFromCacheServer,
        @JsonProperty("BytesFromLanPeers") long bytesFromLanPeers,
        @JsonProperty("BytesFromLinkLocalPeers") long bytesFromLinkLocalPeers,
        @JsonProperty("BytesFromGroupPeers") long bytesFromGroupPeers,
        @JsonProperty("BytesFromInternetPeers") long bytesFromInternetPeers,
        @JsonProperty("BytesToLanPeers") long bytesToLanPeers,
        @JsonProperty("BytesToLinkLocalPeers") long bytesToLinkLocalPeers,
        @JsonProperty("BytesToGroupPeers") long bytesToGroupPeers,
        @JsonProperty("BytesToInternetPeers") long bytesToInternetPeers,
        @JsonProperty("DownloadDuration") String downloadDuration,
        @JsonProperty("HttpConnectionCount") int httpConnectionCount,
        @JsonProperty("CacheServerConnectionCount") int cacheServerConnectionCount,
        @JsonProperty("LanConnectionCount") int lanConnectionCount,
        @JsonProperty("LinkLocalConnectionCount") int linkLocalConnectionCount,
        @JsonProperty("GroupConnectionCount") int groupConnectionCount,
        @JsonProperty("InternetConnectionCount") int internetConnectionCount,
        @JsonProperty("DownloadMode") int downloadMode,
        @JsonProperty("SourceURL") String sourceUrl,
        @JsonProperty("CacheHost") String cacheHost,
        @JsonProperty("NumPeers") long numPeers,
        @JsonProperty("PredefinedCallerApplication") String predefinedCallerApplication,
        @JsonProperty("ExpireOn") String expireOn,
        @JsonProperty("IsPinned") boolean isPinned,
        @JsonProperty("BannedPeers") int bannedPeers,
        @JsonProperty("Verified") boolean verified,
        @JsonProperty("Reason") String reason) {

    /** Priority of the mock's downloads, which are all foreground (IsBackground false). */
    public static final String FOREGROUND = "Foreground";
    /** PredefinedCallerApplication of downloads the mock's client makes (DO shows e.g. "WU Client Download"). */
    public static final String CALLER = "DO Cloud Mock client";

    /** A device that never started its download. */
    public static DownloadStatus notStarted(String fileId, int downloadMode, String reason) {
        return new DownloadStatus(fileId, 0, 0, 0, 0, 0, 0, DownloadState.NOT_STARTED, FOREGROUND, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                "00:00:00", 0, 0, 0, 0, 0, 0, downloadMode, null, "", 0, CALLER, null, false, 0, false, reason);
    }

    public boolean finished() {
        return status != DownloadState.DOWNLOADING;
    }
}
