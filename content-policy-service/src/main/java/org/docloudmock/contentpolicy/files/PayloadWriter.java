package org.docloudmock.contentpolicy.files;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;

/**
 * Writes payload bytes by Servlet non-blocking I/O: a client that reads slowly holds a connection, not one of
 * Tomcat's worker threads (issue 16). A client that stops reading is cut off by
 * {@code server.tomcat.connection-timeout}. Bytes from files go out by sendfile instead, which does not hold a
 * thread either.
 */
final class PayloadWriter implements WriteListener {

    /** Spring's own copy goes 8 KiB at a time, which cost a quarter of the throughput. */
    private static final int LARGEST_CHUNK = 1 << 18;
    /**
     * What is written first after the client made the writer wait; a client that keeps up earns larger chunks.
     * What the socket does not take stays on the heap until the client reads it, and so does the chunk if it is
     * kept: 512 KiB for each of hundreds of slow readers made every young collection copy them.
     */
    private static final int SMALLEST_CHUNK = 1 << 14;

    private final AsyncContext async;
    private final InputStream in;
    private final ServletOutputStream out;

    private PayloadWriter(AsyncContext async, InputStream in, ServletOutputStream out) {
        this.async = async;
        this.in = in;
        this.out = out;
    }

    /** Sends {@code head}'s status and headers, then {@code length} bytes as they can go; the answer is handled when this returns. */
    static ResponseEntity<?> write(ResponseEntity<?> head, InputStream bytes, long length, HttpServletRequest request)
            throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        response.setStatus(head.getStatusCode().value());
        head.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLengthLong(length);
        ServletOutputStream out = response.getOutputStream();
        out.setWriteListener(new PayloadWriter(async, bytes, out));
        return null;
    }

    @Override
    public void onWritePossible() throws IOException {
        byte[] chunk = new byte[SMALLEST_CHUNK];
        int size = SMALLEST_CHUNK;
        while (out.isReady()) {
            if (chunk.length < size) {
                chunk = new byte[size];
            }
            int read = in.read(chunk, 0, size);
            if (read < 0) {
                in.close();
                async.complete();
                return;
            }
            out.write(chunk, 0, read);
            size = Math.min(LARGEST_CHUNK, size * 2);
        }
    }

    @Override
    public void onError(Throwable t) {
        // the client went away or stopped reading: nothing more to send
        try {
            in.close();
        } catch (IOException e) {
            // closing what was being read: nothing to do
        }
        async.complete();
    }
}
