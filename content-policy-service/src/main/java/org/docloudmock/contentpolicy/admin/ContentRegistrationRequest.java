package org.docloudmock.contentpolicy.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.Registration;
import org.docloudmock.contentpolicy.catalog.ContentSettings;
import org.docloudmock.contentpolicy.catalog.PolicyOverrides;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.content.PiecesHashFile;

/** The body of {@code PUT /admin/contents/{contentId}} and {@code POST /admin/contents}: exactly one source. */
record ContentRegistrationRequest(
        @JsonProperty("Synthetic") Synthetic synthetic,
        @JsonProperty("PiecesHashFile") PiecesHashFile piecesHashFile,
        @JsonProperty("PieceSize") Integer pieceSize,
        @JsonProperty("P2PAllowed") Boolean p2pAllowed,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("Policies") PolicyOverrides policies) {

    record Synthetic(@JsonProperty("Size") Long size, @JsonProperty("Seed") Long seed) {
    }

    /** @param contentId null to have it derived from HashOfHashes */
    Registration registerWith(ContentRegistrar registrar, String contentId) {
        if ((synthetic == null) == (piecesHashFile == null)) {
            throw new InvalidFieldException("Synthetic", "give exactly one source: Synthetic or PiecesHashFile");
        }
        ContentSettings settings = new ContentSettings(altCatalogIds, p2pAllowed == null || p2pAllowed, policies);
        if (synthetic != null) {
            if (synthetic.size() == null) {
                throw new InvalidFieldException("Synthetic.Size", "is required");
            }
            return registrar.synthetic(contentId, synthetic.size(), synthetic.seed() == null ? 0 : synthetic.seed(),
                    pieceSize == null ? PiecesHashFile.DEFAULT_PIECE_SIZE : pieceSize, settings);
        }
        if (pieceSize != null && pieceSize != piecesHashFile.pieceSize()) {
            throw new InvalidFieldException("PieceSize", "differs from PiecesHashFile.PieceSize");
        }
        return registrar.metadataOnly(contentId, piecesHashFile, settings);
    }
}
