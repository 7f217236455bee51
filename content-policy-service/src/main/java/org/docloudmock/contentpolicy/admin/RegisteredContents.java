package org.docloudmock.contentpolicy.admin;

import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.catalog.ContentSource;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.content.CdnFile;

/** A catalog entry as the admin API shows it: what was registered, its hashes and where the mock CDN serves it. */
final class RegisteredContents {

    private final ContentUrls urls;
    private final boolean defaultSecure;

    RegisteredContents(ContentUrls urls, boolean defaultSecure) {
        this.urls = urls;
        this.defaultSecure = defaultSecure;
    }

    /** {@code Policies} holds only what the registration set. */
    RegisteredContent of(CatalogEntry content) {
        String id = content.id();
        Long seed = content.source() instanceof ContentSource.Synthetic synthetic ? synthetic.bytes().seed() : null;
        PolicyOverrides policies = content.settings().policies();
        String contentUrl = content.source().payload().isPresent() ? urls.payload(content) : null;
        CdnFile cdnFile = content.settings().cdnFile();
        return new RegisteredContent(id, content.source().kind(), content.size(), content.piecesHashFile().pieceSize(),
                content.pieceCount(), content.piecesHashFile().hashOfHashes(), seed, content.settings().p2pAllowed(),
                content.settings().altCatalogIds(), policies.equals(PolicyOverrides.NONE) ? null : policies,
                content.lastModified(), urls.piecesHashFile(content), contentUrl,
                cdnFile == null ? null : cdnFile.fileId(), cdnFile == null ? null : cdnFile.fileName(),
                content.settings().secure() != null ? content.settings().secure() : defaultSecure);
    }
}
