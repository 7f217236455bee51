package org.docloudmock.contentpolicy.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.docloudmock.contentpolicy.catalog.Content;
import org.docloudmock.contentpolicy.catalog.ContentSource;
import org.docloudmock.contentpolicy.catalog.PolicyOverrides;
import org.docloudmock.contentpolicy.files.ContentUrls;

/** A content as the admin API shows it; {@code Policies} holds only what its registration set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ContentView(
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
        @JsonProperty("ContentUrl") String contentUrl) {

    static ContentView of(Content content, ContentUrls urls) {
        String id = content.id();
        Long seed = content.source() instanceof ContentSource.Synthetic synthetic ? synthetic.bytes().seed() : null;
        String contentUrl = content.source().payload().isPresent() ? urls.payload(id) : null;
        return new ContentView(id, content.source().kind(), content.size(), content.piecesHashFile().pieceSize(),
                content.pieceCount(), content.piecesHashFile().hashOfHashes(), seed, content.settings().p2pAllowed(),
                content.settings().altCatalogIds(), policies(content), content.lastModified(),
                urls.piecesHashFile(id), contentUrl);
    }

    private static PolicyOverrides policies(Content content) {
        PolicyOverrides policies = content.settings().policies();
        return policies.equals(PolicyOverrides.NONE) ? null : policies;
    }
}
