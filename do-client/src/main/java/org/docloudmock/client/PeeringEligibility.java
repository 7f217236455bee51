package org.docloudmock.client;

import org.docloudmock.client.cloud.ClientPolicy;
import org.docloudmock.protocol.DownloadMode;

/**
 * The settings that keep a device from peering (DO's troubleshooting guide: "Check Delivery Optimization
 * settings that could limit participation in peer caching"): the device's download decides with these, and
 * {@code doctor scenario} explains a lab with the same functions.
 */
public final class PeeringEligibility {

    private PeeringEligibility() {
    }

    /** Why a device downloads this content over HTTP only, not from peers; null when it peers. */
    public static String httpOnlyReason(DownloadMode mode, boolean p2pAllowed, long contentLength,
                                        ClientPolicy policy, DeviceResources resources) {
        if (!mode.peers()) {
            return "download mode " + mode.code() + " does not peer";
        }
        if (!p2pAllowed) {
            return "the content is not allowed to be peered (P2PAllowed false)";
        }
        if (contentLength < policy.minFileSizeToPeer()) {
            return "the content (" + contentLength + " bytes) is under DOMinFileSizeToCache ("
                    + policy.minFileSizeToPeer() + " bytes)";
        }
        if (resources.ramGb() < policy.minRamGb()) {
            return "the device has " + resources.ramGb() + " GB of RAM, under DOMinRAMAllowedToPeer (" + policy.minRamGb() + ")";
        }
        if (resources.diskGb() < policy.minDiskGb()) {
            return "the device has a " + resources.diskGb() + " GB disk, under DOMinDiskSizeAllowedToPeer (" + policy.minDiskGb() + ")";
        }
        return null;
    }

    /** Why a device that peers uploads nothing to its peers; null when it uploads. */
    public static String noUploadReason(ClientPolicy policy, DeviceResources resources) {
        // DO uploads on battery only when DOMinBatteryPercentageAllowedToUpload is set and the battery is above it
        Integer battery = resources.batteryPercent();
        int minimum = policy.minBatteryPercent();
        if (battery != null && (minimum == 0 || battery < minimum)) {
            return "on battery at " + battery + " %, " + (minimum == 0
                    ? "and DOMinBatteryPercentageAllowedToUpload is 0 (no uploads on battery)"
                    : "under DOMinBatteryPercentageAllowedToUpload (" + minimum + " %)");
        }
        // DO's FAQ: on a VPN, DO suspends uploads to other peers unless the VPN policy allows peer caching
        if (resources.vpn() && !policy.allowVpnPeerCaching()) {
            return "on a VPN, and DOAllowVPNPeerCaching is off";
        }
        return null;
    }
}
