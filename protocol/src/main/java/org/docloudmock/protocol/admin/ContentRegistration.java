package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.docloudmock.protocol.content.PiecesHashFile;

/**
 * The body of {@code PUT /admin/contents/{contentId}} and {@code POST /admin/contents} (SPEC 5): one source,
 * synthetic bytes or an existing pieces-hash file (metadata only); a null option takes the service's default
 * (1 MiB pieces, peering allowed, no alternative catalog ids, the configured policies and {@code IsSecure}).
 * {@code FileId} (a GUID) and {@code FileName} give the content the real CDN's path
 * ({@code /filestreamingservice/files/{FileId}/{FileName}}) beside the mock's own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentRegistration(
        @JsonProperty("Synthetic") Synthetic synthetic,
        @JsonProperty("PiecesHashFile") PiecesHashFile piecesHashFile,
        @JsonProperty("PieceSize") Integer pieceSize,
        @JsonProperty("P2PAllowed") Boolean p2pAllowed,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("Policies") PolicyOverrides policies,
        @JsonProperty("FileId") String fileId,
        @JsonProperty("FileName") String fileName,
        @JsonProperty("IsSecure") Boolean secure) {

    /**
     * {@code Size} bytes generated from {@code Seed}: the same bytes on every run. Boxed so that the service can
     * tell a missing {@code Size} (refused) from zero; a missing {@code Seed} is 0.
     */
    public record Synthetic(@JsonProperty("Size") Long size, @JsonProperty("Seed") Long seed) {
    }

    public static ContentRegistration synthetic(long size, long seed) {
        return new ContentRegistration(new Synthetic(size, seed), null, null, null, null, null, null, null, null);
    }

    /** A content known by its pieces-hash file only: peers can share it, the mock CDN has no bytes for it. */
    public static ContentRegistration metadataOnly(PiecesHashFile piecesHashFile) {
        return new ContentRegistration(null, piecesHashFile, null, null, null, null, null, null, null);
    }

    public ContentRegistration withPieceSize(int pieceSize) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies, fileId, fileName, secure);
    }

    public ContentRegistration withP2PAllowed(boolean p2pAllowed) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies, fileId, fileName, secure);
    }

    /** Download URLs by which clients that do not know the ContentId find the content. */
    public ContentRegistration withAltCatalogIds(String... altCatalogIds) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, List.of(altCatalogIds), policies, fileId, fileName,
                secure);
    }

    public ContentRegistration withPolicies(PolicyOverrides policies) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies, fileId, fileName, secure);
    }

    /** The real CDN's path for the content: a GUID, and a file name after it (null: none). */
    public ContentRegistration withCdnFile(String fileId, String fileName) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies, fileId,
                fileName, secure);
    }

    /** The content policy's {@code IsSecure}. */
    public ContentRegistration withSecure(boolean secure) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies, fileId,
                fileName, secure);
    }
}
