package org.docloudmock.client.swarm;

import java.util.concurrent.CompletableFuture;

/** Where pieces come from when peers cannot give them: the CDN, or a Connected Cache host in front of it. */
public interface RangeSource {

    /** The bytes {@code [offset, offset + length)} of the content. */
    CompletableFuture<byte[]> fetch(long offset, int length);

    /** True for a Connected Cache host, whose bytes DO counts in BytesFromCacheServer as well. */
    boolean cacheServer();
}
