package org.docloudmock.array.matching;

/** IPv4 addresses as 32 bits, from and to the dotted text that {@code IpAddresses.format} writes. */
final class Ipv4 {

    private Ipv4() {
    }

    /** The address's 32 bits, unsigned; -1 when the text is not a dotted IPv4 address. */
    static long parse(String text) {
        long address = 0;
        int octets = 0;
        int value = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return -1;
                }
            } else if (c == '.' && value >= 0 && octets < 3) {
                address = (address << 8) | value;
                octets++;
                value = -1;
            } else {
                return -1;
            }
        }
        return octets == 3 && value >= 0 ? (address << 8) | value : -1;
    }

    static String format(long address) {
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }
}
