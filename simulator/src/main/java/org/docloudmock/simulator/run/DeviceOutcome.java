package org.docloudmock.simulator.run;

import java.util.List;
import java.util.Map;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.client.swarm.PeerInfo;
import org.docloudmock.protocol.PeerId;

/**
 * One device at the end of a scenario.
 *
 * @param fromEachPeer         verified bytes it received from each peer
 * @param peerInfo             its peers as {@code Get-DeliveryOptimizationStatus -PeerInfo} lists them
 * @param finishedAfterSeconds when its download finished, from the start of the devices; null if it never did
 */
public record DeviceOutcome(String name, String network, boolean faulty, PeerId peerId, DownloadStatus status,
                            Map<PeerId, Long> fromEachPeer, List<PeerInfo> peerInfo, Double finishedAfterSeconds) {
}
