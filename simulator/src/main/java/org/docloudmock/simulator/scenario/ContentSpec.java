package org.docloudmock.simulator.scenario;

import org.docloudmock.protocol.content.CdnFile;

/**
 * The content every device downloads: synthetic bytes the simulator registers in Content Policy (size and
 * seed, under {@code id} or an id of its own), or, with an id alone, a content the cloud already has.
 *
 * @param size      bytes, or 0 for an existing content
 * @param pieceSize bytes, or 0 for Content Policy's default (1 MiB)
 * @param cdnFile   the real CDN's path (a GUID and a file name) synthetic content is registered with, or null
 */
public record ContentSpec(String id, long size, long seed, int pieceSize, CdnFile cdnFile) {

    public boolean synthetic() {
        return size > 0;
    }

    /** The id to register synthetic content under, or the existing content's. */
    public String contentId() {
        return id != null ? id : "sim-" + size + "-" + seed;
    }
}
