package org.docloudmock.contentpolicy.files;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The fileId of a content's URLs: its ContentId as unpadded base64url of UTF-8. It is URL-safe whatever the
 * id holds ({@code +}, {@code =}, {@code %}), the same across restarts, and reversible, so no table maps one
 * to the other.
 */
public final class FileIds {

    private FileIds() {
    }

    public static String of(String contentId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(contentId.getBytes(StandardCharsets.UTF_8));
    }

    /** The ContentId a fileId names; empty when it is not base64url. */
    public static Optional<String> contentIdOf(String fileId) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(fileId), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
