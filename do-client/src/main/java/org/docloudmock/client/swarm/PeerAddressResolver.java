package org.docloudmock.client.swarm;

import java.net.InetSocketAddress;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.array.PeerEntry;

/** Where to dial a peer Array returned. A device dials only peers Array returned, so Array decides who meets whom. */
@FunctionalInterface
public interface PeerAddressResolver {

    InetSocketAddress resolve(PeerEntry peer);

    /** The address and port Array gave, as they are. */
    static PeerAddressResolver direct() {
        return peer -> new InetSocketAddress(IpAddresses.requireLiteral(peer.ip(), "Ip"), peer.port());
    }
}
