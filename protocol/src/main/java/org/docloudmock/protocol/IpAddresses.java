package org.docloudmock.protocol;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP address literals as DO fields carry them, parsed without ever touching DNS. */
public final class IpAddresses {

    private IpAddresses() {
    }

    public static InetAddress requireLiteral(String text, String field) {
        InetAddress address = text == null ? null : text.indexOf(':') < 0 ? ipv4(text) : ipv6(text);
        if (address == null) {
            throw new InvalidFieldException(field, "must be an IPv4 or IPv6 address");
        }
        return address;
    }

    /** IPv4 dotted, IPv6 in the short form of RFC 5952 ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}). */
    public static String format(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /**
     * A dotted IPv4 address, parsed in one pass (every join has one); null for anything else. Parts with
     * leading zeros are decimal, as the JDK reads them ({@code 010.0.0.1} is 10.0.0.1).
     */
    private static InetAddress ipv4(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return null;
        }
        byte[] bytes = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part == 4) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (part != 4) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    /** An IPv6 literal (hex groups, colons, an embedded IPv4 part); null for anything else, looked up never. */
    private static InetAddress ipv6(String text) {
        if (text.length() > 45 || text.charAt(0) == '.'
                || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // starting with a hex digit or a colon and holding a colon, it is only parsed, never looked up
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
