package org.docloudmock.protocol;

import java.util.HexFormat;
import java.util.Locale;

/** A DO peer id: 20 bytes, written as 40 hex digits (lower case here, whatever the client sent). */
public record PeerId(String hex) {

    public PeerId {
        if (hex == null || hex.length() != 40 || !hex.chars().allMatch(PeerId::isHexDigit)) {
            throw new InvalidFieldException("PeerId", "must be 40 hex digits");
        }
        hex = hex.toLowerCase(Locale.ROOT);
    }

    public static PeerId of(byte[] bytes) {
        if (bytes.length != 20) {
            throw new IllegalArgumentException("a peer id has 20 bytes, not " + bytes.length);
        }
        return new PeerId(HexFormat.of().formatHex(bytes));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
