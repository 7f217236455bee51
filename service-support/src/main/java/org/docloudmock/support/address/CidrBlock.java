package org.docloudmock.support.address;

import java.net.InetAddress;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;

/** An IPv4 or IPv6 block such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}; a bare address is a /32 or /128. */
public record CidrBlock(byte[] network, int prefixLength) {

    public static CidrBlock parse(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr.trim() : cidr.substring(0, slash).trim();
        byte[] network = IpAddresses.requireLiteral(address, "cidr").getAddress();
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("cidr", "bad prefix length in " + cidr);
            }
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new InvalidFieldException("cidr", "bad prefix length in " + cidr);
        }
        return new CidrBlock(network, prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public String toString() {
        try {
            return IpAddresses.format(InetAddress.getByAddress(network)) + "/" + prefixLength;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CidrBlock that && prefixLength == that.prefixLength
                && java.util.Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefixLength;
    }
}
