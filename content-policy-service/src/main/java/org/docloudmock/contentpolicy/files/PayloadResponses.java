package org.docloudmock.contentpolicy.files;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.catalog.ContentSource;
import org.docloudmock.contentpolicy.catalog.Payload;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a payload GET: the whole payload (200), one range of it (206), several ranges (206,
 * multipart/byteranges), or 416. A range Spring MVC cannot satisfy is refused here: it would send 416 with
 * the whole payload. The bytes of a file go out by Tomcat's sendfile when the connector offers it, as nginx
 * sends them: they never enter the JVM; other bytes by non-blocking writes ({@link PayloadWriter}).
 */
final class PayloadResponses {

    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private PayloadResponses() {
    }

    /** @param bytesServed counts the bytes of the body sent */
    static ResponseEntity<?> of(CatalogEntry content, Payload payload, String range, HttpServletRequest request,
                                Counter bytesServed) throws IOException {
        PayloadResource whole = PayloadResource.whole(payload, content);
        if (range == null) {
            return send(ResponseEntity.ok(), payload, whole, request, bytesServed);
        }
        if (!ContentValidators.rangeApplies(content, request)) {
            return send(ResponseEntity.ok(), payload, whole, request, bytesServed);
        }
        List<ResourceRegion> regions;
        try {
            regions = HttpRange.toResourceRegions(HttpRange.parseRanges(range), whole);
        } catch (IllegalArgumentException e) {
            regions = List.of();
        }
        // RFC 9110 14.2 allows a 416 for invalid ranges too: a malformed or empty range set ("bytes=") is one
        if (regions.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    "Range " + range + " is not within the " + content.size() + " bytes of content " + content.id());
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + content.size()).body(problem);
        }
        if (regions.size() > 1) {
            bytesServed.increment(regions.stream().mapToLong(ResourceRegion::getCount).sum());
            ByteRanges parts = new ByteRanges(whole, regions);
            return PayloadWriter.write(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).contentType(parts.contentType())
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes").build(), parts.open(), parts.contentLength(), request);
        }
        long first = regions.get(0).getPosition();
        long last = first + regions.get(0).getCount() - 1;
        ResponseEntity.BodyBuilder partial = ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + first + "-" + last + "/" + content.size());
        return send(partial, payload, whole.range(first, last - first + 1), request, bytesServed);
    }

    private static ResponseEntity<?> send(ResponseEntity.BodyBuilder response, Payload payload, PayloadResource bytes,
                                          HttpServletRequest request, Counter bytesServed) throws IOException {
        bytesServed.increment(bytes.contentLength());
        response.contentType(MediaType.APPLICATION_OCTET_STREAM).header(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (payload instanceof ContentSource.FilePayload file && bytes.contentLength() > 0
                && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            request.setAttribute(SENDFILE_FILENAME, file.file().toString());
            request.setAttribute(SENDFILE_START, bytes.position());
            request.setAttribute(SENDFILE_END, bytes.position() + bytes.contentLength());
            return response.contentLength(bytes.contentLength()).build();
        }
        return PayloadWriter.write(response.build(), bytes.getInputStream(), bytes.contentLength(), request);
    }
}
