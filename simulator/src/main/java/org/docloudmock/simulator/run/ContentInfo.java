package org.docloudmock.simulator.run;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.docloudmock.client.FileDigest;
import org.docloudmock.protocol.content.PiecesHashFile;
import tools.jackson.databind.JsonNode;

/**
 * What the simulator hands each device as a caller would (Windows Update gives DO a URL and a file hash):
 * looked up once, before any fault is put on the cloud.
 */
record ContentInfo(String contentId, URI cdnUrl, FileDigest digest, long contentLength) {

    static ContentInfo lookup(CloudAdmin admin, String contentPolicyBase, String contentId) {
        JsonNode policy = admin.get(contentPolicyBase + "content/"
                + URLEncoder.encode(contentId, StandardCharsets.UTF_8).replace("+", "%20") + "/contentpolicy");
        String cdnUrl = policy.path("ContentCdnUrls").path(0).asString(null);
        String piecesHashUrl = policy.path("PiecesHashFileCdnUrls").path(0).asString(null);
        if (cdnUrl == null || piecesHashUrl == null) {
            throw new CloudUnavailableException("content " + contentId + " has no ContentCdnUrls or no pieces-hash file");
        }
        PiecesHashFile metadata = admin.json().treeToValue(admin.get(piecesHashUrl), PiecesHashFile.class);
        metadata.verify();
        return new ContentInfo(contentId, URI.create(cdnUrl), new FileDigest(metadata.hashOfHashes(), metadata.pieceSize()),
                metadata.contentLength());
    }
}
