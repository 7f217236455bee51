package org.docloudmock.client;

import java.time.Duration;
import org.docloudmock.client.swarm.PeerAddressResolver;

/**
 * How the client library runs; shared by every device of one {@link ClientRuntime}.
 *
 * @param ioThreads         selector threads carrying all devices' peer traffic
 * @param blockingThreads   threads for cloud calls and HTTP-only downloads
 * @param cloudTimeout      a cloud call that takes longer counts as the cloud being unreachable
 * @param httpDelay         how long a peering device gives its peers before it uses HTTP: after it joins,
 *                          and whenever they have brought nothing new (DO's DODelay*DownloadFromHttp)
 * @param rejoinInterval    a fixed time between joins, or null for KeyValue's Array_RejoinIntervalSecs while
 *                          downloading and Array's ReannounceIntervalSecs once seeding
 * @param peerAddresses     where to dial a peer Array returned
 */
public record ClientSettings(int ioThreads, int blockingThreads, Duration cloudTimeout, Duration httpDelay,
                             Duration rejoinInterval, PeerAddressResolver peerAddresses) {

    public static ClientSettings defaults() {
        return new ClientSettings(Math.max(2, Runtime.getRuntime().availableProcessors()), 16, Duration.ofSeconds(5),
                Duration.ofSeconds(1), null, PeerAddressResolver.direct());
    }

    public ClientSettings withPeerAddresses(PeerAddressResolver resolver) {
        return new ClientSettings(ioThreads, blockingThreads, cloudTimeout, httpDelay, rejoinInterval, resolver);
    }

    public ClientSettings withBlockingThreads(int threads) {
        return new ClientSettings(ioThreads, threads, cloudTimeout, httpDelay, rejoinInterval, peerAddresses);
    }
}
