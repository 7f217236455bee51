package org.docloudmock.contentpolicy.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * Several ranges of a payload as one {@code multipart/byteranges} body (RFC 9110 14.6), laid out as Spring MVC
 * lays it out, but of a known length and read as a stream: each range is opened only when its turn comes.
 */
final class ByteRanges {

    private final String boundary = MimeTypeUtils.generateMultipartBoundaryString();
    /** Each range's delimiter and headers, then the range; the closing delimiter last. */
    private final List<byte[]> heads = new ArrayList<>();
    private final List<PayloadResource> ranges = new ArrayList<>();
    private final byte[] end;
    private final long length;

    ByteRanges(PayloadResource whole, List<ResourceRegion> regions) {
        long total = 0;
        for (ResourceRegion region : regions) {
            long first = region.getPosition();
            long last = first + region.getCount() - 1;
            byte[] head = ("\r\n--" + boundary + "\r\nContent-Type: " + MediaType.APPLICATION_OCTET_STREAM_VALUE
                    + "\r\nContent-Range: bytes " + first + "-" + last + "/" + whole.contentLength() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            heads.add(head);
            ranges.add(whole.range(first, region.getCount()));
            total += head.length + region.getCount();
        }
        end = ("\r\n--" + boundary + "--").getBytes(StandardCharsets.US_ASCII);
        length = total + end.length;
    }

    MediaType contentType() {
        return MediaType.parseMediaType("multipart/byteranges; boundary=" + boundary);
    }

    long contentLength() {
        return length;
    }

    InputStream open() {
        return new SequenceInputStream(new Enumeration<>() {

            private int next;

            @Override
            public boolean hasMoreElements() {
                return next <= 2 * ranges.size();
            }

            @Override
            public InputStream nextElement() {
                int part = next++;
                if (part == 2 * ranges.size()) {
                    return new ByteArrayInputStream(end);
                }
                if (part % 2 == 0) {
                    return new ByteArrayInputStream(heads.get(part / 2));
                }
                try {
                    return ranges.get(part / 2).getInputStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
