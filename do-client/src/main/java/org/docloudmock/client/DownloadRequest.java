package org.docloudmock.client;

import java.net.URI;
import java.nio.file.Path;

/**
 * What a caller asks DO for.
 *
 * @param contentId the content id Content Policy and Array know it by
 * @param sourceUrl the HTTP source, as callers give DO their download URL; null to take the content
 *                  policy's first ContentCdnUrls (then simple mode has none when the cloud is down)
 * @param expected  the caller's digest of the file, or null
 * @param target    where the file is assembled
 */
public record DownloadRequest(String contentId, URI sourceUrl, FileDigest expected, Path target) {
}
