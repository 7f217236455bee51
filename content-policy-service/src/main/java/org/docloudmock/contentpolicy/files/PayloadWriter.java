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
    private static final int CHUNK = 1 << 18;

    private final AsyncContext async;
    private final InputStream in;
    private final ServletOutputStream out;
    private final byte[] chunk = new byte[CHUNK];

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
        while (out.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                in.close();
                async.complete();
                return;
            }
            out.write(chunk, 0, read);
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
