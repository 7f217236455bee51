package org.docloudmock.simulator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.docloudmock.client.DownloadStatus;

/**
 * One device's bytes in the shape of DO's {@code Get-DeliveryOptimizationPerfSnapThisMonth} (real field names, SPEC
 * 10), which Microsoft's troubleshooter reads for peer efficiency and the Connected Cache share. The month is the
 * run. {@code DownloadHttpBytes} includes the cache host's bytes: the troubleshooter's MCC share divides
 * {@code DownloadCacheHostBytes} by HTTP + LAN + Internet, which only holds together if it does. It has no Group
 * field: Group peers' bytes are in none of these.
 */
public record PerfSnap(
        @JsonProperty("DownloadHttpBytes") long downloadHttpBytes,
        @JsonProperty("DownloadCacheHostBytes") long downloadCacheHostBytes,
        @JsonProperty("DownloadLanBytes") long downloadLanBytes,
        @JsonProperty("DownloadInternetBytes") long downloadInternetBytes,
        @JsonProperty("UploadLanBytes") long uploadLanBytes,
        @JsonProperty("UploadInternetBytes") long uploadInternetBytes) {

    static PerfSnap of(DownloadStatus status) {
        return new PerfSnap(status.bytesFromHttp() + status.bytesFromCacheServer(), status.bytesFromCacheServer(),
                status.bytesFromLanPeers(), status.bytesFromInternetPeers(), status.bytesToLanPeers(),
                status.bytesToInternetPeers());
    }
}
