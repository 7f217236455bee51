package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A content of the catalog as {@code GET /admin/contents} shows it (SPEC 5); {@code ContentUrl} is null for a metadata-only content. */
public record RegisteredContent(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("HashOfHashes") String hashOfHashes,
        @JsonProperty("ContentLength") long contentLength,
        @JsonProperty("PieceSize") int pieceSize,
        @JsonProperty("PieceCount") int pieceCount,
        @JsonProperty("P2PAllowed") boolean p2pAllowed,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("PiecesHashFileUrl") String piecesHashFileUrl,
        @JsonProperty("ContentUrl") String contentUrl) {
}
