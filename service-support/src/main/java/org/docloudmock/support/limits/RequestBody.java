package org.docloudmock.support.limits;

import java.io.IOException;
import java.util.Arrays;
import jakarta.servlet.ServletInputStream;

/** The bytes of a body as they arrive, never more than its limit. */
final class RequestBody {

    private final long expected;
    private final long limit;
    private byte[] bytes;
    private int size;
    private boolean ended;

    /** @param expected the Content-Length, or -1 for a chunked body */
    RequestBody(long expected, long limit) {
        this.expected = expected;
        this.limit = limit;
        this.bytes = new byte[(int) (expected >= 0 ? expected : Math.min(limit, 8192))];
    }

    /** Reads what the stream holds already, never blocking (a stream in blocking mode, before any listener). */
    void readAvailable(ServletInputStream in) throws IOException {
        while (!complete() && in.available() > 0) {
            if (read(in) < 0) {
                return;
            }
        }
    }

    /** Reads once from the stream; -1 at its end, -2 when the body passed its limit. */
    int read(ServletInputStream in) throws IOException {
        if (size == bytes.length) {
            if (size >= limit) {
                return in.read() < 0 ? end() : -2;
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, (long) size * 2));
        }
        int n = in.read(bytes, size, bytes.length - size);
        if (n < 0) {
            return end();
        }
        size += n;
        return n;
    }

    private int end() {
        ended = true;
        return -1;
    }

    boolean complete() {
        return ended || (expected >= 0 && size == expected);
    }

    byte[] bytes() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
