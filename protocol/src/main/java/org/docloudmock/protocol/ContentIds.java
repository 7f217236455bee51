package org.docloudmock.protocol;

/** What a content id may be, and how DO derives one from a pieces-hash file. */
public final class ContentIds {

    public static final int MAX_LENGTH = TextFields.MAX_ID_LENGTH;

    private ContentIds() {
    }

    /** {@link TextFields}' rule, at most 256 characters, and no {@code /}. */
    public static String requireValid(String contentId, String field) {
        TextFields.requireValid(contentId, field, MAX_LENGTH);
        if (contentId.indexOf('/') >= 0) {
            throw new InvalidFieldException(field, "must not contain '/'");
        }
        return contentId;
    }

    /** DO names a content it knows only by its metadata {@code DO-} + the base64 HashOfHashes, '/' as '-' (observed). */
    public static String fromHashOfHashes(String base64HashOfHashes) {
        return "DO-" + base64HashOfHashes.replace('/', '-');
    }

    /**
     * The key a swarm is known by, in Discovery (which Array holds it) and in Array (which peers share it):
     * the ContentId when the client sent one, else its AltCatalogId.
     */
    public static String swarmKey(String contentId, String altCatalogId) {
        if (contentId != null && !contentId.isBlank()) {
            return requireValid(contentId, "ContentId");
        }
        if (altCatalogId != null && !altCatalogId.isBlank()) {
            return TextFields.requireValid(altCatalogId, "AltCatalogId", TextFields.MAX_URL_LENGTH);
        }
        throw new InvalidFieldException("ContentId", "ContentId or AltCatalogId is required");
    }
}
