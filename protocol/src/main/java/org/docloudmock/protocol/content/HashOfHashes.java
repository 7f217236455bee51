package org.docloudmock.protocol.content;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * DO's HashOfHashes (real): SHA-256 over u16le MajorVersion, u16le MinorVersion, u64le ContentLength,
 * u32le PieceSize and the raw 32-byte piece hashes, in order.
 */
public final class HashOfHashes {

    public static final int PIECE_HASH_LENGTH = 32;

    private HashOfHashes() {
    }

    public static byte[] compute(int majorVersion, int minorVersion, long contentLength, int pieceSize,
                                 List<byte[]> pieceHashes) {
        ByteBuffer header = ByteBuffer.allocate(2 + 2 + 8 + 4).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) majorVersion).putShort((short) minorVersion).putLong(contentLength).putInt(pieceSize);
        MessageDigest sha256 = sha256();
        sha256.update(header.array());
        for (byte[] pieceHash : pieceHashes) {
            if (pieceHash.length != PIECE_HASH_LENGTH) {
                throw new IllegalArgumentException("a piece hash has 32 bytes, not " + pieceHash.length);
            }
            sha256.update(pieceHash);
        }
        return sha256.digest();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
