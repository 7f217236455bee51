package org.docloudmock.protocol.bootstrap;

/**
 * Keys of the flat object {@code GET /all} answers. The endpoint keys are DO's own (real); the device
 * configuration keys are named after the DO policies they stand for (DOMinFileSizeToCache and so on)
 * with DO's units, and {@code Array_*} keys are the mock's own.
 */
public final class BootstrapKeys {

    public static final String CONTENT_POLICY_ENDPOINT_URI = "ContentPolicy_EndpointUri";
    public static final String CONTENT_POLICY_ENDPOINT_FULL_URI = "ContentPolicy_EndpointFullUri";
    public static final String DISCOVERY_ENDPOINT_FULL_URI = "Discovery_EndpointFullUri";
    public static final String REGISTERED_CALLERS_FILTER_LIST = "Client_RegisteredCallersFilterList";
    /** The placeholder DO clients replace in the endpoint templates. */
    public static final String CONTENT_ID_PLACEHOLDER = "{contentId}";

    /** Smallest file, in MB, that a device peers (DO policy DOMinFileSizeToCache). */
    public static final String MIN_FILE_SIZE_TO_CACHE_MB = "DOMinFileSizeToCache";
    /** Least RAM, in GB, a device needs to peer (DOMinRAMAllowedToPeer). */
    public static final String MIN_RAM_TO_PEER_GB = "DOMinRAMAllowedToPeer";
    /** Least disk, in GB, a device needs to peer (DOMinDiskSizeAllowedToPeer). */
    public static final String MIN_DISK_TO_PEER_GB = "DOMinDiskSizeAllowedToPeer";
    /** Least battery, in percent, a device needs to upload (DOMinBatteryPercentageAllowedToUpload). */
    public static final String MIN_BATTERY_TO_UPLOAD_PERCENT = "DOMinBatteryPercentageAllowedToUpload";
    /** 1: a device on a VPN still uploads to peers, 0: DO suspends its uploads (DOAllowVPNPeerCaching). */
    public static final String ALLOW_VPN_PEER_CACHING = "DOAllowVPNPeerCaching";
    /** How long, in seconds, content stays in a device's cache (DOMaxCacheAge). */
    public static final String MAX_CACHE_AGE_SECS = "DOMaxCacheAge";
    /** Upload limit, in KB/s, 0 for none (DOMaxUploadBandwidth). */
    public static final String MAX_UPLOAD_BANDWIDTH_KBPS = "DOMaxUploadBandwidth";
    /** Upload cap, in GB a month, 0 for none (DOMonthlyUploadDataCap). */
    public static final String MONTHLY_UPLOAD_DATA_CAP_GB = "DOMonthlyUploadDataCap";
    /**
     * Seconds a foreground download waits on a slow Connected Cache host before it goes to the CDN
     * (DODelayCacheServerFallbackForeground); 0: only an error sends it there.
     */
    public static final String CACHE_SERVER_FALLBACK_FOREGROUND_SECS = "DODelayCacheServerFallbackForeground";
    /** The same for a background download (DODelayCacheServerFallbackBackground). */
    public static final String CACHE_SERVER_FALLBACK_BACKGROUND_SECS = "DODelayCacheServerFallbackBackground";
    /**
     * How peers are restricted beyond the NAT (DORestrictPeerSelectionBy): 0 none, 1 the device's subnet.
     * Clients send it to Array in their join ({@code RestrictPeerSelectionBy}, the mock's own field).
     */
    public static final String RESTRICT_PEER_SELECTION_BY = "DORestrictPeerSelectionBy";
    /** Seconds between two joins of a downloading peer (the mock's own). */
    public static final String REJOIN_INTERVAL_SECS = "Array_RejoinIntervalSecs";
    /** Most peers a client connects to at once (the mock's own). */
    public static final String MAX_PEERS = "Array_MaxPeers";

    private BootstrapKeys() {
    }
}
