package org.docloudmock.contentpolicy.catalog;

import java.util.List;
import org.docloudmock.protocol.content.CdnFile;

/** What an upload may set besides the bytes; what it leaves out (null) keeps the content's current value. */
public record UploadOptions(Integer pieceSize, Boolean p2pAllowed, List<String> altCatalogIds, CdnFile cdnFile) {

    public static final UploadOptions NONE = new UploadOptions(null, null, null, null);

    ContentSettings applyTo(ContentSettings current) {
        return new ContentSettings(altCatalogIds == null || altCatalogIds.isEmpty() ? current.altCatalogIds() : altCatalogIds,
                p2pAllowed == null ? current.p2pAllowed() : p2pAllowed, current.policies(),
                cdnFile == null ? current.cdnFile() : cdnFile, current.secure());
    }
}
