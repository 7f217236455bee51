package org.docloudmock.client;

import java.net.InetSocketAddress;
import java.net.URI;
import org.docloudmock.protocol.DownloadMode;

/**
 * One device: where its cloud is, which NAT it sits behind, how it downloads.
 *
 * @param name          for logs and reports
 * @param geoService    base URL of the Geo service, where every DO client starts
 * @param externalIp    the NAT's public address the device presents (sent as X-Forwarded-For), or null
 * @param peerAddress   where it listens for peers: its own loopback address, port 7680 by default (0 for any)
 * @param mode          the download mode, sent to Array as Scope
 * @param groupId       the group of Group mode (2); ignored in other modes
 * @param profile       the Profile query parameter, or null
 * @param faulty        a device that serves corrupted pieces, for simulations
 */
public record DeviceProfile(String name, URI geoService, String externalIp, InetSocketAddress peerAddress,
                            DownloadMode mode, String groupId, Integer profile, DeviceResources resources,
                            boolean faulty) {

    public static final int DEFAULT_PEER_PORT = 7680;
}
