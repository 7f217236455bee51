package org.docloudmock.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;

/**
 * The download of simple mode and HTTP-only modes: the whole file in one GET, hashed piece by piece as it
 * streams to disk, so it can be checked against metadata afterwards without reading it again.
 */
public final class WholeFileDownload {

    /** How long the source may take to answer, unless the caller gives less. */
    public static final Duration FIRST_BYTE_TIMEOUT = Duration.ofSeconds(30);

    private WholeFileDownload() {
    }

    /**
     * @param firstByte how long the source may take to answer with its headers
     * @param received  counts bytes as they arrive, for progress
     * @return the pieces-hash file of what arrived, in pieces of {@code pieceSize}
     */
    public static PiecesHashFile fetch(HttpClient http, ContentUrl source, String forwardedFor, Path target,
                                       int pieceSize, Duration firstByte, LongConsumer received)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(source.url()).timeout(firstByte).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        PieceHasher hasher = new PieceHasher(pieceSize);
        try (InputStream body = response.body(); OutputStream file = Files.newOutputStream(target)) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP source answered " + response.statusCode() + " to " + source.url());
            }
            byte[] buffer = new byte[64 * 1024];
            for (int count = body.read(buffer); count >= 0; count = body.read(buffer)) {
                file.write(buffer, 0, count);
                hasher.update(buffer, 0, count);
                received.accept(count);
            }
        }
        return hasher.finish();
    }
}
