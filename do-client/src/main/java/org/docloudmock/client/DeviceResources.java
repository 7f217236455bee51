package org.docloudmock.client;

/**
 * What a device has, checked against KeyValue's minimums before it peers or uploads.
 *
 * @param batteryPercent null on mains power
 * @param vpn            connected through a VPN: DO suspends uploads then, unless DOAllowVPNPeerCaching
 */
public record DeviceResources(int ramGb, int diskGb, Integer batteryPercent, boolean vpn) {

    /** Off any VPN. */
    public DeviceResources(int ramGb, int diskGb, Integer batteryPercent) {
        this(ramGb, diskGb, batteryPercent, false);
    }

    /** A desktop on mains power with room to spare. */
    public static DeviceResources plentiful() {
        return new DeviceResources(16, 256, null);
    }
}
