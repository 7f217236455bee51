package org.docloudmock.simulator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.docloudmock.client.DownloadStatus;

/** Bytes by source over several devices, named as DO names them. */
public record SourceBytes(
        @JsonProperty("BytesFromPeers") long fromPeers,
        @JsonProperty("BytesFromLanPeers") long fromLanPeers,
        @JsonProperty("BytesFromGroupPeers") long fromGroupPeers,
        @JsonProperty("BytesFromInternetPeers") long fromInternetPeers,
        @JsonProperty("BytesFromHTTP") long fromHttp,
        @JsonProperty("BytesFromCacheServer") long fromCacheServer) {

    static final SourceBytes NONE = new SourceBytes(0, 0, 0, 0, 0, 0);

    SourceBytes plus(DownloadStatus status) {
        return new SourceBytes(fromPeers + status.bytesFromPeers(), fromLanPeers + status.bytesFromLanPeers(),
                fromGroupPeers + status.bytesFromGroupPeers(), fromInternetPeers + status.bytesFromInternetPeers(),
                fromHttp + status.bytesFromHttp(), fromCacheServer + status.bytesFromCacheServer());
    }

    /** As DO computes it: the share of bytes that came from peers rather than over HTTP. */
    @JsonProperty("PercentPeerCaching")
    public double percentPeerCaching() {
        long total = fromPeers + fromHttp;
        return total == 0 ? 0 : Math.round(1000.0 * fromPeers / total) / 10.0;
    }

    /** HTTP bytes that came from the CDN itself, not a cache server. */
    public long fromCdn() {
        return fromHttp - fromCacheServer;
    }
}
