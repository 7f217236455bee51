package org.docloudmock.contentpolicy.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.Registration;
import org.docloudmock.contentpolicy.catalog.UploadOptions;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.support.limits.RequestLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/admin/contents")
class ContentAdminController implements ContentAdminApi {

    private final ContentCatalog catalog;
    private final ContentRegistrar registrar;
    private final RegisteredContents registered;
    private final UploadReader.UploadRate uploadRate;

    ContentAdminController(ContentCatalog catalog, ContentRegistrar registrar, ContentUrls urls,
                           ContentPolicyProperties properties, RequestLimits limits) {
        this.catalog = catalog;
        this.registrar = registrar;
        this.registered = new RegisteredContents(urls, properties.defaultPolicies().isSecure());
        this.uploadRate = new UploadReader.UploadRate(properties.minUploadRate(), limits.bodyTimeout());
    }

    @PutMapping(path = "/{contentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Override
    public ResponseEntity<RegisteredContent> register(@PathVariable String contentId, @RequestBody ContentRegistration request) {
        return answer(registrar.register(contentId, request));
    }

    /** The ContentId is derived as DO derives it; a content that exists already is answered 200, unchanged. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Override
    public ResponseEntity<RegisteredContent> registerDerivingId(@RequestBody ContentRegistration request) {
        return answer(registrar.register(null, request));
    }

    @PutMapping(path = "/{contentId}/payload", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Override
    public DeferredResult<ResponseEntity<RegisteredContent>> upload(@PathVariable String contentId, HttpServletRequest request,
                                              @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
                                              @RequestParam(name = "PieceSize", required = false) Integer pieceSize,
                                              @RequestParam(name = "P2PAllowed", required = false) Boolean p2pAllowed,
                                              @RequestParam(name = "AltCatalogId", required = false) List<String> altCatalogIds,
                                              @RequestParam(name = "FileId", required = false) String fileId,
                                              @RequestParam(name = "FileName", required = false) String fileName) throws IOException {
        UploadOptions options = new UploadOptions(pieceSize, p2pAllowed, altCatalogIds, CdnFile.ofNullable(fileId, fileName));
        return UploadReader.read(request, registrar.startUpload(contentId, contentLength == null ? -1 : contentLength, options),
                this::answer, uploadRate);
    }

    @GetMapping
    @Override
    public List<RegisteredContent> list() {
        return catalog.list().stream().map(registered::of).toList();
    }

    @GetMapping("/{contentId}")
    @Override
    public RegisteredContent show(@PathVariable String contentId) {
        return catalog.find(contentId).map(registered::of).orElseThrow(() -> unknown(contentId));
    }

    @DeleteMapping("/{contentId}")
    @Override
    public ResponseEntity<Void> delete(@PathVariable String contentId) {
        catalog.remove(contentId).orElseThrow(() -> unknown(contentId));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<RegisteredContent> answer(Registration registration) {
        RegisteredContent view = registered.of(registration.content());
        if (!registration.created()) {
            return ResponseEntity.ok(view);
        }
        URI location = UriComponentsBuilder.fromPath("/admin/contents/{contentId}").buildAndExpand(view.contentId()).encode().toUri();
        return ResponseEntity.created(location).body(view);
    }

    private static ResponseStatusException unknown(String contentId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId);
    }
}
