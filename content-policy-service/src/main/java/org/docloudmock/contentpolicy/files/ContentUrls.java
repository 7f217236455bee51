package org.docloudmock.contentpolicy.files;

import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.protocol.content.CdnFile;

/**
 * Where the mock CDN serves a content: the URLs content policies and the admin API hand out. A content with
 * the real CDN's path (a GUID and a file name) is handed out under it; any other under the mock's own fileId.
 */
public final class ContentUrls {

    /** The real CDN path. */
    static final String FILES = "/filestreamingservice/files/";

    private final String publicUrl;

    public ContentUrls(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String piecesHashFile(CatalogEntry content) {
        CdnFile cdnFile = content.settings().cdnFile();
        return publicUrl + FILES + (cdnFile == null ? FileIds.of(content.id()) : cdnFile.fileId()) + "/pieceshash";
    }

    public String payload(CatalogEntry content) {
        CdnFile cdnFile = content.settings().cdnFile();
        return publicUrl + FILES + (cdnFile == null ? FileIds.of(content.id()) : cdnFile.path());
    }
}
