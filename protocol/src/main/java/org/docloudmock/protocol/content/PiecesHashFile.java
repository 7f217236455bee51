package org.docloudmock.protocol.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;

/** The pieces-hash file (real format): the SHA-256 of every piece, authenticated by HashOfHashes. */
public record PiecesHashFile(
        @JsonProperty("MajorVersion") int majorVersion,
        @JsonProperty("MinorVersion") int minorVersion,
        @JsonProperty("HashOfHashes") String hashOfHashes,
        @JsonProperty("ContentLength") long contentLength,
        @JsonProperty("PieceSize") int pieceSize,
        @JsonProperty("Pieces") List<String> pieces) {

    public static final int DEFAULT_PIECE_SIZE = 1 << 20;
    public static final int MAJOR_VERSION = 1;
    public static final int MINOR_VERSION = 0;

    /** Builds the file for content of this length from its raw piece hashes, computing HashOfHashes. */
    public static PiecesHashFile of(long contentLength, int pieceSize, List<byte[]> pieceHashes) {
        requireValidPieceSize(pieceSize);
        Base64.Encoder base64 = Base64.getEncoder();
        List<String> pieces = pieceHashes.stream().map(base64::encodeToString).toList();
        byte[] hashOfHashes = HashOfHashes.compute(MAJOR_VERSION, MINOR_VERSION, contentLength, pieceSize, pieceHashes);
        return new PiecesHashFile(MAJOR_VERSION, MINOR_VERSION, base64.encodeToString(hashOfHashes),
                contentLength, pieceSize, pieces);
    }

    public static long pieceCount(long contentLength, int pieceSize) {
        return (contentLength + pieceSize - 1) / pieceSize;
    }

    public static void requireValidPieceSize(int pieceSize) {
        if (pieceSize <= 0 || Integer.bitCount(pieceSize) != 1) {
            throw new InvalidFieldException("PieceSize", "must be a positive power of two");
        }
    }

    /**
     * Checks what a client checks before trusting the file: the piece count fits ContentLength and
     * PieceSize, every hash is 32 bytes of base64, and HashOfHashes matches. Returns the raw piece hashes.
     */
    public List<byte[]> verify() {
        if (contentLength < 0) {
            throw new InvalidFieldException("ContentLength", "must not be negative");
        }
        requireValidPieceSize(pieceSize);
        if (pieces == null) {
            throw new InvalidFieldException("Pieces", "is required");
        }
        long expectedPieces = pieceCount(contentLength, pieceSize);
        if (pieces.size() != expectedPieces) {
            throw new InvalidFieldException("Pieces", "has " + pieces.size() + " hashes, but ContentLength "
                    + contentLength + " in pieces of " + pieceSize + " needs " + expectedPieces);
        }
        List<byte[]> raw = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            raw.add(decodeHash(pieces.get(i), "Pieces[" + i + "]"));
        }
        byte[] claimed = decodeHash(hashOfHashes, "HashOfHashes");
        byte[] actual = HashOfHashes.compute(majorVersion, minorVersion, contentLength, pieceSize, raw);
        if (!Arrays.equals(claimed, actual)) {
            throw new InvalidFieldException("HashOfHashes", "does not match the pieces, ContentLength and PieceSize");
        }
        return raw;
    }

    public byte[] hashOfHashesBytes() {
        return decodeHash(hashOfHashes, "HashOfHashes");
    }

    private static byte[] decodeHash(String base64, String field) {
        if (base64 == null) {
            throw new InvalidFieldException(field, "is required");
        }
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "is not base64");
        }
        if (hash.length != HashOfHashes.PIECE_HASH_LENGTH) {
            throw new InvalidFieldException(field, "must be 32 bytes of base64, not " + hash.length);
        }
        return hash;
    }
}
