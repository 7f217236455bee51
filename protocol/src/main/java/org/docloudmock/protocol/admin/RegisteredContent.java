package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A content of the catalog as {@code GET /admin/contents} shows it. {@code Source} is {@code Synthetic},
 * {@code Uploaded}, {@code SeedFile} or {@code PiecesHashFile}; {@code Seed} is null unless synthetic,
 * {@code Policies} null unless the registration set some, {@code ContentUrl} null for a metadata-only content,
 * {@code FileId} and {@code FileName} null unless set ({@code ContentUrl} then uses them), {@code IsSecure} as
 * content policies answer it; a null member is left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredContent(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("Source") String source,
        @JsonProperty("ContentLength") long contentLength,
        @JsonProperty("PieceSize") int pieceSize,
        @JsonProperty("PieceCount") int pieceCount,
        @JsonProperty("HashOfHashes") String hashOfHashes,
        @JsonProperty("Seed") Long seed,
        @JsonProperty("P2PAllowed") boolean p2pAllowed,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("Policies") PolicyOverrides policies,
        @JsonProperty("LastModified") Instant lastModified,
        @JsonProperty("PiecesHashFileUrl") String piecesHashFileUrl,
        @JsonProperty("ContentUrl") String contentUrl,
        @JsonProperty("FileId") String fileId,
        @JsonProperty("FileName") String fileName,
        @JsonProperty("IsSecure") boolean secure) {
}
