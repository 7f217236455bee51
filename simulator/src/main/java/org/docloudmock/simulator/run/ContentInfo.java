package org.docloudmock.simulator.run;

import java.net.URI;
import java.util.List;
import org.docloudmock.client.FileDigest;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;

/**
 * What the simulator hands each device as a caller would (Windows Update gives DO a URL and a file hash):
 * looked up once, before any fault is put on the cloud.
 */
record ContentInfo(String contentId, URI cdnUrl, FileDigest digest, long contentLength) {

    static ContentInfo lookup(CloudServices cloud, String contentId) {
        try {
            ContentPolicy policy = cloud.client().contentPolicy(cloud.bootstrap(), contentId, cloud.geo(), null);
            String cdnUrl = first(policy.contentCdnUrls());
            String piecesHashUrl = first(policy.piecesHashFileCdnUrls());
            if (cdnUrl == null || piecesHashUrl == null) {
                throw new CloudUnavailableException("content " + contentId + " has no ContentCdnUrls or no pieces-hash file");
            }
            PiecesHashFile metadata = cloud.client().piecesHashFile(piecesHashUrl);
            metadata.verify();
            return new ContentInfo(contentId, URI.create(cdnUrl),
                    new FileDigest(metadata.hashOfHashes(), metadata.pieceSize()), metadata.contentLength());
        } catch (CloudException e) {
            throw new CloudUnavailableException(e.getMessage(), e);
        }
    }

    private static String first(List<String> urls) {
        return urls == null || urls.isEmpty() ? null : urls.get(0);
    }
}
