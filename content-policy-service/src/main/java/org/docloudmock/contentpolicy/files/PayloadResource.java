package org.docloudmock.contentpolicy.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.catalog.Payload;
import org.springframework.core.io.AbstractResource;

/** Bytes {@code [position, position + length)} of a content as a Spring resource. */
final class PayloadResource extends AbstractResource {

    private final Payload payload;
    private final CatalogEntry content;
    private final long position;
    private final long length;

    PayloadResource(Payload payload, CatalogEntry content, long position, long length) {
        this.payload = payload;
        this.content = content;
        this.position = position;
        this.length = length;
    }

    static PayloadResource whole(Payload payload, CatalogEntry content) {
        return new PayloadResource(payload, content, 0, content.size());
    }

    PayloadResource range(long first, long count) {
        return new PayloadResource(payload, content, position + first, count);
    }

    long position() {
        return position;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream in = payload.open();
        in.skipNBytes(position);
        return new RangeInputStream(in, length);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "bytes " + position + "+" + length + " of content " + content.id();
    }

    private static final class RangeInputStream extends FilterInputStream {

        private long remaining;

        RangeInputStream(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int count) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(target, offset, (int) Math.min(count, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public long skip(long count) throws IOException {
            long skipped = in.skip(Math.min(count, remaining));
            remaining -= skipped;
            return skipped;
        }
    }
}
