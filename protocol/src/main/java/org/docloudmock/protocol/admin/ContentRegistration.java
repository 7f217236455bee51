package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.docloudmock.protocol.content.PiecesHashFile;

/**
 * The body of {@code PUT /admin/contents/{contentId}} and {@code POST /admin/contents} (SPEC 5): one source,
 * synthetic bytes or an existing pieces-hash file (metadata only); a null option takes the service's default
 * (1 MiB pieces, peering allowed, no alternative catalog ids, the configured policies).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentRegistration(
        @JsonProperty("Synthetic") Synthetic synthetic,
        @JsonProperty("PiecesHashFile") PiecesHashFile piecesHashFile,
        @JsonProperty("PieceSize") Integer pieceSize,
        @JsonProperty("P2PAllowed") Boolean p2pAllowed,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("Policies") PolicyOverrides policies) {

    /** {@code Size} bytes generated from {@code Seed}: the same bytes on every run. */
    public record Synthetic(@JsonProperty("Size") long size, @JsonProperty("Seed") long seed) {
    }

    public static ContentRegistration synthetic(long size, long seed) {
        return new ContentRegistration(new Synthetic(size, seed), null, null, null, null, null);
    }

    /** A content known by its pieces-hash file only: peers can share it, the mock CDN has no bytes for it. */
    public static ContentRegistration metadataOnly(PiecesHashFile piecesHashFile) {
        return new ContentRegistration(null, piecesHashFile, null, null, null, null);
    }

    public ContentRegistration withPieceSize(int pieceSize) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies);
    }

    public ContentRegistration withP2PAllowed(boolean p2pAllowed) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies);
    }

    /** Download URLs by which clients that do not know the ContentId find the content. */
    public ContentRegistration withAltCatalogIds(String... altCatalogIds) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, List.of(altCatalogIds), policies);
    }

    public ContentRegistration withPolicies(PolicyOverrides policies) {
        return new ContentRegistration(synthetic, piecesHashFile, pieceSize, p2pAllowed, altCatalogIds, policies);
    }
}
