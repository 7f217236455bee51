package org.docloudmock.simulator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.docloudmock.client.DownloadStatus;

/**
 * Bytes by source over several devices, named as DO's {@code Get-DeliveryOptimizationStatus} names them: as there,
 * {@code BytesFromHttp} is the CDN's and {@code BytesFromCacheServer} the cache server's.
 */
public record SourceBytes(
        @JsonProperty("BytesFromPeers") long fromPeers,
        @JsonProperty("BytesFromLanPeers") long fromLanPeers,
        @JsonProperty("BytesFromGroupPeers") long fromGroupPeers,
        @JsonProperty("BytesFromInternetPeers") long fromInternetPeers,
        @JsonProperty("BytesFromHttp") long fromHttp,
        @JsonProperty("BytesFromCacheServer") long fromCacheServer) {

    static final SourceBytes NONE = new SourceBytes(0, 0, 0, 0, 0, 0);

    SourceBytes plus(DownloadStatus status) {
        return new SourceBytes(fromPeers + status.bytesFromPeers(), fromLanPeers + status.bytesFromLanPeers(),
                fromGroupPeers + status.bytesFromGroupPeers(), fromInternetPeers + status.bytesFromInternetPeers(),
                fromHttp + status.bytesFromHttp(), fromCacheServer + status.bytesFromCacheServer());
    }

    /** As DO computes it: the share of all bytes that came from peers. */
    @JsonProperty("PercentPeerCaching")
    public double percentPeerCaching() {
        return percent(fromPeers, total());
    }

    /**
     * Peer efficiency as Microsoft's troubleshooter computes it from PerfSnapThisMonth: (LAN + Internet) /
     * (HTTP + LAN + Internet), HTTP with the cache host's bytes. PerfSnapThisMonth has no Group bytes, so Group
     * peers count nowhere in it (the mock's own field name).
     */
    @JsonProperty("PeerEfficiency")
    public double peerEfficiency() {
        long peers = fromLanPeers + fromInternetPeers;
        return percent(peers, overHttp() + peers);
    }

    /** {@link #peerEfficiency()} with the Group peers' bytes among the peers' (the mock's own). */
    @JsonProperty("PeerEfficiencyWithGroup")
    public double peerEfficiencyWithGroup() {
        long peers = fromLanPeers + fromGroupPeers + fromInternetPeers;
        return percent(peers, overHttp() + peers);
    }

    /** Bytes from the CDN itself: BytesFromHttp. */
    public long fromCdn() {
        return fromHttp;
    }

    /** Every byte received, whatever its source: TotalBytesDownloaded. */
    public long total() {
        return fromPeers + fromHttp + fromCacheServer;
    }

    /** Bytes over HTTP from the CDN or a cache host, as PerfSnapThisMonth's DownloadHttpBytes counts them. */
    long overHttp() {
        return fromHttp + fromCacheServer;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
