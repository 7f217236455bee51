package org.docloudmock.contentpolicy.catalog;

import java.time.Instant;
import org.docloudmock.protocol.content.PiecesHashFile;

/** A content of the catalog: its id, its bytes (if served), its pieces-hash file and its settings. */
public record CatalogEntry(String id, ContentSource source, PiecesHashFile piecesHashFile, ContentSettings settings,
                      Instant lastModified) {

    public long size() {
        return piecesHashFile.contentLength();
    }

    public int pieceCount() {
        return piecesHashFile.pieces().size();
    }

    @Override
    public String toString() {
        return id + " (" + size() + " bytes, " + pieceCount() + " pieces, " + source.kind() + ")";
    }
}
