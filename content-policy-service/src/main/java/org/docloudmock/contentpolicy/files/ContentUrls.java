package org.docloudmock.contentpolicy.files;

/** Where the mock CDN serves a content: the URLs content policies and the admin API hand out. */
public final class ContentUrls {

    /** The real CDN path. */
    static final String FILES = "/filestreamingservice/files/";

    private final String publicUrl;

    public ContentUrls(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String piecesHashFile(String contentId) {
        return payload(contentId) + "/pieceshash";
    }

    public String payload(String contentId) {
        return publicUrl + FILES + FileIds.of(contentId);
    }
}
