package org.docloudmock.client.swarm;

import java.util.concurrent.CompletableFuture;

/** Where pieces come from when peers cannot give them: the CDN, or a Connected Cache host in front of it. */
public interface RangeSource {

    /** The bytes {@code [offset, offset + length)} of the content, and who served them. */
    CompletableFuture<Range> fetch(long offset, int length);

    /**
     * @param cacheServer true when a Connected Cache host served them: DO counts those in BytesFromCacheServer
     *                    as well as in BytesFromHttp
     */
    record Range(byte[] data, boolean cacheServer) {
    }
}
