package org.docloudmock.simulator.scenario;

import org.docloudmock.protocol.DownloadMode;

/**
 * One NAT and its devices.
 *
 * @param externalIp        the public address every device of the network presents to the cloud
 * @param faultyDevices     how many of its devices serve corrupted pieces
 * @param startDelaySeconds when its devices start, from the start of the scenario
 * @param batteryPercent    null for devices on mains power
 * @param vpn               its devices reach the network through a VPN (DO then suspends their uploads)
 */
public record NetworkSpec(String name, String externalIp, int devices, DownloadMode mode, String groupId,
                          int faultyDevices, double startDelaySeconds, int ramGb, int diskGb, Integer batteryPercent,
                          boolean vpn) {
}
