package org.docloudmock.simulator.run;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Each simulated device gets its own loopback address, 127.(64 + network).(device / 250).(device % 250 + 1),
 * so hundreds of devices listen on one host (Linux routes all of 127.0.0.0/8 to the loopback interface).
 */
final class LoopbackAddresses {

    private LoopbackAddresses() {
    }

    static InetAddress of(int network, int device) {
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) (64 + network), (byte) (device / 250),
                    (byte) (device % 250 + 1)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
