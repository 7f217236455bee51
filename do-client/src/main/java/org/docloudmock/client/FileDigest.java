package org.docloudmock.client;

/**
 * The caller's own record of the file, as Windows Update hands DO the hash of what it asks for: lets a
 * download in simple mode, with no metadata from the cloud, still be verified.
 */
public record FileDigest(String hashOfHashes, int pieceSize) {
}
