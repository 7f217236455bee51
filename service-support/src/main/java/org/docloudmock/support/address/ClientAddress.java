package org.docloudmock.support.address;

import java.net.InetAddress;
import org.docloudmock.protocol.IpAddresses;

/**
 * The client's external (public) IP as DO sees it. A controller takes it as a parameter; it is
 * resolved from the TCP peer and, behind trusted proxies, {@code X-Forwarded-For}.
 */
public record ClientAddress(InetAddress address) {

    /** The address as text, IPv6 in its short form. */
    public String externalIp() {
        return IpAddresses.format(address);
    }
}
