package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.InputStream;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes the pieces-hash file of bytes already at hand (synthetic or seed file), logging progress on large ones. */
final class PayloadHashing {

    private static final Logger log = LoggerFactory.getLogger(PayloadHashing.class);
    private static final long PROGRESS_STEP = 1L << 30;
    private static final int CHUNK = 1 << 20;

    private PayloadHashing() {
    }

    static PiecesHashFile piecesHashFile(String contentId, Payload payload, int pieceSize) throws IOException {
        long size = payload.size();
        PieceHasher hasher = new PieceHasher(pieceSize);
        byte[] chunk = new byte[CHUNK];
        long hashed = 0;
        long nextReport = PROGRESS_STEP;
        try (InputStream in = payload.open()) {
            int count;
            while ((count = in.read(chunk)) > 0) {
                hasher.update(chunk, 0, count);
                hashed += count;
                if (hashed >= nextReport && size > PROGRESS_STEP) {
                    log.info("Hashing content {}: {} of {} MiB", contentId, hashed >> 20, size >> 20);
                    nextReport += PROGRESS_STEP;
                }
            }
        }
        return hasher.finish();
    }
}
