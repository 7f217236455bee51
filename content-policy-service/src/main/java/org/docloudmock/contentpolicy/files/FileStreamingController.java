package org.docloudmock.contentpolicy.files;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.io.IOException;
import java.util.Optional;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.catalog.Payload;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PiecesHashFile;
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
class FileStreamingController implements FileStreamingApi {

    private static final String PAYLOAD = ContentUrls.FILES + "{fileId}";
    /** The real CDN's path of a named file; {@code pieceshash} is never a file name, so the two never meet. */
    private static final String NAMED_PAYLOAD = PAYLOAD + "/{name}";
    private final ContentCatalog catalog;
    private final Counter piecesHashFilesServed;
    private final Counter payloadBytesServed;

    FileStreamingController(ContentCatalog catalog, MeterRegistry meters) {
        this.catalog = catalog;
        this.piecesHashFilesServed = Counter.builder("docloud.content-policy.pieces-hash.served")
                .description("Pieces-hash files served (not counting 304 Not Modified)")
                .register(meters);
        this.payloadBytesServed = Counter.builder("docloud.content-policy.payload.bytes")
                .description("Payload bytes served by the mock CDN: the length of every 200 and 206 body sent")
                .baseUnit(BaseUnits.BYTES)
                .register(meters);
    }

    @GetMapping(PAYLOAD + "/pieceshash")
    @Override
    public ResponseEntity<PiecesHashFile> piecesHashFile(@PathVariable String fileId, ServletWebRequest request) {
        CatalogEntry content = contentOf(fileId);
        if (ContentValidators.notModified(content, request)) {
            return null;
        }
        piecesHashFilesServed.increment();
        return conditional(content).contentType(MediaType.APPLICATION_JSON).body(content.piecesHashFile());
    }

    /** The conditional headers come first: they take precedence over Range (RFC 9110 13.2.2). */
    @GetMapping(PAYLOAD)
    @Override
    public ResponseEntity<?> payload(@PathVariable String fileId,
                                     @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                     ServletWebRequest request) throws IOException {
        return serve(contentOf(fileId), range, request);
    }

    @GetMapping(NAMED_PAYLOAD)
    @Override
    public ResponseEntity<?> namedPayload(@PathVariable String fileId, @PathVariable String name,
                                          @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                          ServletWebRequest request) throws IOException {
        return serve(contentOf(fileId, name), range, request);
    }

    @RequestMapping(path = NAMED_PAYLOAD, method = RequestMethod.HEAD)
    @Override
    public ResponseEntity<Void> namedPayloadHead(@PathVariable String fileId, @PathVariable String name) {
        return head(contentOf(fileId, name));
    }

    private ResponseEntity<?> serve(CatalogEntry content, String range, ServletWebRequest request) throws IOException {
        Payload payload = payloadOf(content);
        if (ContentValidators.notModified(content, request)) {
            return null;
        }
        return PayloadResponses.of(content, payload, range, request.getRequest(), payloadBytesServed);
    }

    /** What GET would send, without reading a byte of the payload. */
    @RequestMapping(path = PAYLOAD, method = RequestMethod.HEAD)
    @Override
    public ResponseEntity<Void> payloadHead(@PathVariable String fileId) {
        return head(contentOf(fileId));
    }

    private static ResponseEntity<Void> head(CatalogEntry content) {
        payloadOf(content);
        return conditional(content).contentType(MediaType.APPLICATION_OCTET_STREAM).contentLength(content.size())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes").build();
    }

    /** A GUID names a content registered with it; any fileId may be the mock's own. */
    private CatalogEntry contentOf(String fileId) {
        Optional<CatalogEntry> byGuid = CdnFile.isGuid(fileId) ? catalog.findByFileId(fileId) : Optional.empty();
        return byGuid.or(() -> FileIds.contentIdOf(fileId).flatMap(catalog::find))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No content has the file id " + fileId));
    }

    private CatalogEntry contentOf(String fileId, String name) {
        CatalogEntry content = contentOf(fileId);
        CdnFile cdnFile = content.settings().cdnFile();
        if (cdnFile == null || !name.equals(cdnFile.fileName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The file " + fileId + " is not named " + name);
        }
        return content;
    }

    private static Payload payloadOf(CatalogEntry content) {
        return content.source().payload().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Content " + content.id() + " was registered from its pieces-hash file alone: its bytes are not served"));
    }

    private static ResponseEntity.BodyBuilder conditional(CatalogEntry content) {
        return ResponseEntity.ok().eTag(ContentValidators.etag(content)).lastModified(content.lastModified());
    }
}
