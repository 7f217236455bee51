package org.docloudmock.client.cloud;

import java.time.Duration;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;
import tools.jackson.databind.JsonNode;

/**
 * The DO policies KeyValue hands this client (its device configuration), in bytes and durations. A key
 * KeyValue leaves out takes DO's own default (the mock's for its Array_* keys).
 *
 * @param minFileSizeToPeer   DOMinFileSizeToCache: smaller content is downloaded over HTTP only
 * @param minRamGb            DOMinRAMAllowedToPeer: a device with less does not peer
 * @param minDiskGb           DOMinDiskSizeAllowedToPeer: a device with a smaller disk does not peer
 * @param minBatteryPercent   DOMinBatteryPercentageAllowedToUpload: on battery, uploads only above it; 0: never on battery
 * @param maxUploadBytesPerSecond DOMaxUploadBandwidth; 0 for no limit
 * @param monthlyUploadCapBytes   DOMonthlyUploadDataCap; 0 for no cap
 * @param rejoinInterval      Array_RejoinIntervalSecs: between two joins while downloading
 * @param maxPeers            Array_MaxPeers
 * @param cacheServerFallbackForeground DODelayCacheServerFallbackForeground: how long a foreground download waits
 *                            on a cache host that has not answered before it goes to the CDN; zero: only on an error
 * @param cacheServerFallbackBackground DODelayCacheServerFallbackBackground: the same in the background
 * @param restrictPeerSelectionBy DORestrictPeerSelectionBy: 0 none, 1 the device's subnet (passed on to Array)
 * @param maxCacheAge         DOMaxCacheAge: how long content stays in the cache (ExpireOn)
 * @param allowVpnPeerCaching DOAllowVPNPeerCaching: a device on a VPN uploads to peers all the same
 */
public record ClientPolicy(long minFileSizeToPeer, int minRamGb, int minDiskGb, int minBatteryPercent,
                                  long maxUploadBytesPerSecond, long monthlyUploadCapBytes, Duration rejoinInterval,
                                  int maxPeers, Duration cacheServerFallbackForeground,
                                  Duration cacheServerFallbackBackground, int restrictPeerSelectionBy,
                                  Duration maxCacheAge, boolean allowVpnPeerCaching) {

    /** DOMaxCacheAge's default: 3 days. */
    public static final Duration DEFAULT_MAX_CACHE_AGE = Duration.ofDays(3);

    private static final long MB = 1024 * 1024;
    private static final long GB = 1024 * MB;

    public static ClientPolicy from(JsonNode bootstrap) {
        return new ClientPolicy(
                number(bootstrap, BootstrapKeys.MIN_FILE_SIZE_TO_CACHE_MB, 50) * MB,
                (int) number(bootstrap, BootstrapKeys.MIN_RAM_TO_PEER_GB, 4),
                (int) number(bootstrap, BootstrapKeys.MIN_DISK_TO_PEER_GB, 32),
                (int) number(bootstrap, BootstrapKeys.MIN_BATTERY_TO_UPLOAD_PERCENT, 0),
                number(bootstrap, BootstrapKeys.MAX_UPLOAD_BANDWIDTH_KBPS, 0) * 1024,
                number(bootstrap, BootstrapKeys.MONTHLY_UPLOAD_DATA_CAP_GB, 20) * GB,
                Duration.ofSeconds(Math.max(1, number(bootstrap, BootstrapKeys.REJOIN_INTERVAL_SECS, 60))),
                (int) Math.max(1, number(bootstrap, BootstrapKeys.MAX_PEERS, 50)),
                Duration.ofSeconds(Math.max(0, number(bootstrap, BootstrapKeys.CACHE_SERVER_FALLBACK_FOREGROUND_SECS, 0))),
                Duration.ofSeconds(Math.max(0, number(bootstrap, BootstrapKeys.CACHE_SERVER_FALLBACK_BACKGROUND_SECS, 0))),
                (int) number(bootstrap, BootstrapKeys.RESTRICT_PEER_SELECTION_BY, 0),
                Duration.ofSeconds(Math.max(0, number(bootstrap, BootstrapKeys.MAX_CACHE_AGE_SECS,
                        DEFAULT_MAX_CACHE_AGE.toSeconds()))),
                number(bootstrap, BootstrapKeys.ALLOW_VPN_PEER_CACHING, 0) != 0);
    }

    /** KeyValue values are numbers, or numbers in strings as some DO keys are. */
    private static long number(JsonNode bootstrap, String key, long fallback) {
        JsonNode value = bootstrap.path(key);
        if (value.isNumber()) {
            return value.asLong();
        }
        if (value.isString()) {
            try {
                return Long.parseLong(value.asString().trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
