package org.docloudmock.contentpolicy.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.PiecesHashFile;

/** A content as {@link DirectoryCatalogStore} writes it: one JSON file per content. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredContent(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("Source") String source,
        @JsonProperty("Seed") Long seed,
        @JsonProperty("PayloadFile") String payloadFile,
        @JsonProperty("PiecesHashFile") PiecesHashFile piecesHashFile,
        @JsonProperty("AltCatalogIds") List<String> altCatalogIds,
        @JsonProperty("P2PAllowed") boolean p2pAllowed,
        @JsonProperty("Policies") PolicyOverrides policies,
        @JsonProperty("LastModified") Instant lastModified,
        @JsonProperty("FileId") String fileId,
        @JsonProperty("FileName") String fileName,
        @JsonProperty("IsSecure") Boolean secure) {
}
