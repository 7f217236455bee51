package org.docloudmock.client.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.docloudmock.client.swarm.RangeSource;

/** Byte ranges of the content from the CDN (or a Connected Cache host), one range request per piece. */
public final class HttpRangeSource implements RangeSource {

    private final HttpClient http;
    private final URI url;
    private final String forwardedFor;
    private final boolean cacheServer;
    private final Duration timeout;

    public HttpRangeSource(HttpClient http, ContentUrl source, String forwardedFor, Duration timeout) {
        this.http = http;
        this.url = source.url();
        this.cacheServer = source.cacheServer();
        this.forwardedFor = forwardedFor;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<Range> fetch(long offset, int length) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET()
                .header("Range", "bytes=" + offset + "-" + (offset + length - 1));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            boolean ranged = response.statusCode() == 206;
            boolean whole = response.statusCode() == 200 && offset == 0;
            if (!(ranged || whole) || response.body().length != length) {
                throw new CompletionException(new IOException("HTTP source answered " + response.statusCode() + " with "
                        + response.body().length + " bytes to a range of " + length + " at " + offset));
            }
            return new Range(response.body(), cacheServer);
        });
    }
}
