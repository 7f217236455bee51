package org.docloudmock.simulator.run;

import java.util.Map;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.protocol.PeerId;

/**
 * One device at the end of a scenario.
 *
 * @param fromEachPeer         verified bytes it received from each peer
 * @param finishedAfterSeconds when its download finished, from the start of the devices; null if it never did
 */
public record DeviceOutcome(String name, String network, boolean faulty, PeerId peerId, DownloadStatus status,
                            Map<PeerId, Long> fromEachPeer, Double finishedAfterSeconds) {
}
