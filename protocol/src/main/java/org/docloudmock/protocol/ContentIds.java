package org.docloudmock.protocol;

/** What a content id may be, and how DO derives one from a pieces-hash file. */
public final class ContentIds {

    public static final int MAX_LENGTH = 256;

    private ContentIds() {
    }

    /** 1 to 256 printable characters, no control characters, no {@code /}. */
    public static String requireValid(String contentId, String field) {
        if (contentId == null || contentId.isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        if (contentId.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < contentId.length(); i++) {
            char c = contentId.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new InvalidFieldException(field, "must not contain control characters");
            }
            if (c == '/') {
                throw new InvalidFieldException(field, "must not contain '/'");
            }
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
            if (altCatalogId.length() > 4096) {
                throw new InvalidFieldException("AltCatalogId", "must be at most 4096 characters");
            }
            return altCatalogId;
        }
        throw new InvalidFieldException("ContentId", "ContentId or AltCatalogId is required");
    }
}
