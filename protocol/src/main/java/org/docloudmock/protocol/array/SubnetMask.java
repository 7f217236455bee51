package org.docloudmock.protocol.array;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;

/** A join's {@code SubnetMask} (real), a dotted IPv4 mask such as {@code 255.255.255.0}, read as its prefix length. */
public final class SubnetMask {

    private SubnetMask() {
    }

    /** The number of leading one bits; a mask that is not dotted IPv4 or whose ones are not contiguous is refused. */
    public static int prefixLength(String mask, String field) {
        InetAddress address;
        try {
            address = IpAddresses.requireLiteral(mask, field);
        } catch (InvalidFieldException e) {
            address = null;
        }
        if (!(address instanceof Inet4Address)) {
            throw new InvalidFieldException(field, "must be a dotted IPv4 subnet mask such as 255.255.255.0");
        }
        byte[] bytes = address.getAddress();
        long bits = (bytes[0] & 0xFFL) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
        int prefix = Long.numberOfLeadingZeros(~bits & 0xFFFF_FFFFL) - 32;
        if (bits != (0xFFFF_FFFFL << (32 - prefix) & 0xFFFF_FFFFL)) {
            throw new InvalidFieldException(field, "must be contiguous ones then zeros, as 255.255.255.0");
        }
        return prefix;
    }
}
