package org.docloudmock.contentpolicy.admin;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.Registration;
import org.docloudmock.contentpolicy.catalog.UploadOptions;
import org.docloudmock.contentpolicy.files.ContentUrls;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/admin/contents")
class ContentAdminController {

    private final ContentCatalog catalog;
    private final ContentRegistrar registrar;
    private final ContentUrls urls;

    ContentAdminController(ContentCatalog catalog, ContentRegistrar registrar, ContentUrls urls) {
        this.catalog = catalog;
        this.registrar = registrar;
        this.urls = urls;
    }

    @PutMapping(path = "/{contentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentView> register(@PathVariable String contentId, @RequestBody ContentRegistrationRequest request) {
        return answer(request.registerWith(registrar, contentId));
    }

    /** The ContentId is derived as DO derives it; a content that exists already is answered 200, unchanged. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContentView> registerDerivingId(@RequestBody ContentRegistrationRequest request) {
        return answer(request.registerWith(registrar, null));
    }

    @PutMapping(path = "/{contentId}/payload", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<ContentView> upload(@PathVariable String contentId, InputStream body,
                                       @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
                                       @RequestParam(name = "PieceSize", required = false) Integer pieceSize,
                                       @RequestParam(name = "P2PAllowed", required = false) Boolean p2pAllowed,
                                       @RequestParam(name = "AltCatalogId", required = false) List<String> altCatalogIds) {
        UploadOptions options = new UploadOptions(pieceSize, p2pAllowed, altCatalogIds);
        return answer(registrar.upload(contentId, body, contentLength == null ? -1 : contentLength, options));
    }

    @GetMapping
    List<ContentView> list() {
        return catalog.list().stream().map(content -> ContentView.of(content, urls)).toList();
    }

    @GetMapping("/{contentId}")
    ContentView show(@PathVariable String contentId) {
        return catalog.find(contentId).map(content -> ContentView.of(content, urls)).orElseThrow(() -> unknown(contentId));
    }

    @DeleteMapping("/{contentId}")
    ResponseEntity<Void> delete(@PathVariable String contentId) {
        catalog.remove(contentId).orElseThrow(() -> unknown(contentId));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ContentView> answer(Registration registration) {
        ContentView view = ContentView.of(registration.content(), urls);
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
