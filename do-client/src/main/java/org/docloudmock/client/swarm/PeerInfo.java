package org.docloudmock.client.swarm;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One peer of a download as {@code Get-DeliveryOptimizationStatus -PeerInfo} lists it (real field names, SPEC 10).
 * Rates are the mock's averages, in bytes a second over the time the peers were connected.
 */
public record PeerInfo(
        @JsonProperty("IP") String ip,
        @JsonProperty("PeerType") String peerType,
        @JsonProperty("ConnectionEstablished") boolean connectionEstablished,
        @JsonProperty("BytesSent") long bytesSent,
        @JsonProperty("BytesReceived") long bytesReceived,
        @JsonProperty("UploadRateBytes") long uploadRateBytes,
        @JsonProperty("DownloadRateBytes") long downloadRateBytes) {
}
