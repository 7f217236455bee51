package org.docloudmock.protocol.content;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Hashes a byte stream piece by piece as it goes by, so content is never held whole. */
public final class PieceHasher {

    private final int pieceSize;
    private final List<byte[]> pieceHashes = new ArrayList<>();
    private final MessageDigest digest = HashOfHashes.sha256();
    private int inPiece;
    private long length;

    public PieceHasher(int pieceSize) {
        PiecesHashFile.requireValidPieceSize(pieceSize);
        this.pieceSize = pieceSize;
    }

    public void update(byte[] bytes, int offset, int count) {
        while (count > 0) {
            int take = Math.min(count, pieceSize - inPiece);
            digest.update(bytes, offset, take);
            offset += take;
            count -= take;
            inPiece += take;
            length += take;
            if (inPiece == pieceSize) {
                pieceHashes.add(digest.digest());
                inPiece = 0;
            }
        }
    }

    /** The pieces-hash file of everything seen; the last piece is hashed as the short piece it is. */
    public PiecesHashFile finish() {
        if (inPiece > 0) {
            pieceHashes.add(digest.digest());
            inPiece = 0;
        }
        return PiecesHashFile.of(length, pieceSize, pieceHashes);
    }
}
