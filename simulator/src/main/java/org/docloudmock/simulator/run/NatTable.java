package org.docloudmock.simulator.run;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.docloudmock.client.DoClient;
import org.docloudmock.client.swarm.PeerAddressResolver;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;

/**
 * The simulation's NATs. Array hands an Internet peer out at its NAT's external IP and its port, but on one
 * host 198.51.100.10 reaches nothing: this table plays the NAT's port forwarding and dials the device behind
 * that external IP that listens on that port, at its loopback address. Lan and Group peers are handed out
 * at their reported (loopback) address and are dialed as they are.
 */
final class NatTable implements PeerAddressResolver {

    private final Map<String, List<DoClient>> devicesByExternalIp = new ConcurrentHashMap<>();

    void add(String externalIp, DoClient device) {
        devicesByExternalIp.computeIfAbsent(externalIp, ip -> new CopyOnWriteArrayList<>()).add(device);
    }

    @Override
    public InetSocketAddress resolve(PeerEntry peer) {
        if (peer.peerType() != PeerType.Internet) {
            return PeerAddressResolver.direct().resolve(peer);
        }
        for (DoClient device : devicesByExternalIp.getOrDefault(peer.ip(), List.of())) {
            InetSocketAddress listening = device.listenAddress();
            if (listening != null && listening.getPort() == peer.port()) {
                return listening;
            }
        }
        throw new IllegalArgumentException("no simulated device behind " + peer.ip() + " listens on port " + peer.port());
    }
}
