package org.docloudmock.contentpolicy.files;

import org.docloudmock.contentpolicy.catalog.Content;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.catalog.Payload;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mock CDN: pieces-hash files and payloads. The same paths answer a client that uses the service as
 * its Connected Cache host; the {@code cacheHostOrigin} it adds (real) changes nothing here.
 */
@RestController
class FileStreamingController {

    private static final String PAYLOAD = ContentUrls.FILES + "{fileId}";

    private final ContentCatalog catalog;

    FileStreamingController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(PAYLOAD + "/pieceshash")
    ResponseEntity<PiecesHashFile> piecesHashFile(@PathVariable String fileId) {
        Content content = contentOf(fileId);
        return conditional(content).contentType(MediaType.APPLICATION_JSON).body(content.piecesHashFile());
    }

    /** The conditional headers come first: they take precedence over Range (RFC 9110 13.2.2). */
    @GetMapping(PAYLOAD)
    ResponseEntity<?> payload(@PathVariable String fileId,
                              @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                              ServletWebRequest request) {
        Content content = contentOf(fileId);
        Payload payload = payloadOf(content);
        if (request.checkNotModified(etag(content), content.lastModified().toEpochMilli())) {
            return null;
        }
        return PayloadResponses.of(content, payload, range, request.getRequest());
    }

    /** What GET would send, without reading a byte of the payload. */
    @RequestMapping(path = PAYLOAD, method = RequestMethod.HEAD)
    ResponseEntity<Void> payloadHead(@PathVariable String fileId) {
        Content content = contentOf(fileId);
        payloadOf(content);
        return conditional(content).contentType(MediaType.APPLICATION_OCTET_STREAM).contentLength(content.size())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes").build();
    }

    private Content contentOf(String fileId) {
        return FileIds.contentIdOf(fileId).flatMap(catalog::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No content has the file id " + fileId));
    }

    private static Payload payloadOf(Content content) {
        return content.source().payload().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Content " + content.id() + " was registered from its pieces-hash file alone: its bytes are not served"));
    }

    private static ResponseEntity.BodyBuilder conditional(Content content) {
        return ResponseEntity.ok().eTag(etag(content)).lastModified(content.lastModified());
    }

    /** The bytes of a content are named by its HashOfHashes: a strong validator. */
    private static String etag(Content content) {
        return ETag.quoteETagIfNecessary(content.piecesHashFile().hashOfHashes());
    }
}
