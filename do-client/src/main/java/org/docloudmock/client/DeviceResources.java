package org.docloudmock.client;

/**
 * What a device has, checked against KeyValue's minimums before it peers or uploads.
 *
 * @param batteryPercent null on mains power
 */
public record DeviceResources(int ramGb, int diskGb, Integer batteryPercent) {

    /** A desktop on mains power with room to spare. */
    public static DeviceResources plentiful() {
        return new DeviceResources(16, 256, null);
    }
}
