package org.docloudmock.client.swarm;

import java.time.Duration;

/**
 * How a device behaves in a swarm.
 *
 * @param maxConnections    peers connected at once (KeyValue's Array_MaxPeers)
 * @param httpDelay         how long the device gives its peers before it uses HTTP: after it joins, and
 *                          whenever they have brought nothing new (the role of DO's DODelay*DownloadFromHttp)
 * @param httpRequests      HTTP range requests in flight at once
 * @param requestTimeout    a peer that sends none of the blocks asked for in this long is dropped
 */
public record SwarmSettings(int maxConnections, Duration httpDelay, int httpRequests, Duration requestTimeout) {

    public SwarmSettings {
        if (maxConnections < 1 || httpRequests < 1) {
            throw new IllegalArgumentException("a swarm needs at least one connection and one HTTP request");
        }
    }
}
