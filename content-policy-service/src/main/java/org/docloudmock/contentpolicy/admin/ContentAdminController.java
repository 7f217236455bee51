package org.docloudmock.contentpolicy.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.catalog.ContentSource;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar;
import org.docloudmock.contentpolicy.catalog.ContentRegistrar.Registration;
import org.docloudmock.contentpolicy.catalog.UploadOptions;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.support.admin.AdminApi;
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
@Tag(name = AdminApi.TAG)
class ContentAdminController {

    private static final String MOCKS_OWN = " The content catalog and its admin API are the mock's own.";

    private final ContentCatalog catalog;
    private final ContentRegistrar registrar;
    private final ContentUrls urls;
    private final boolean defaultSecure;
    private final UploadReader.UploadRate uploadRate;

    ContentAdminController(ContentCatalog catalog, ContentRegistrar registrar, ContentUrls urls,
                           ContentPolicyProperties properties, RequestLimits limits) {
        this.catalog = catalog;
        this.registrar = registrar;
        this.urls = urls;
        this.defaultSecure = properties.defaultPolicies().isSecure();
        this.uploadRate = new UploadReader.UploadRate(properties.minUploadRate(), limits.bodyTimeout());
    }

    @PutMapping(path = "/{contentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a content under this ContentId, or replace it whole",
            description = "Exactly one source: `Synthetic` (bytes generated from `Size` and `Seed`) or `PiecesHashFile` "
                    + "(the real JSON, checked as a client checks it; the bytes are never served). Optional: `PieceSize`, "
                    + "`P2PAllowed` (default true), `AltCatalogIds` (download URLs), `Policies`, `IsSecure` (the content "
                    + "policy's; default docloud.content.default-policies.is-secure), `FileId` (a GUID) and `FileName`: the "
                    + "real CDN's path `/filestreamingservice/files/{FileId}/{FileName}`, which the content policy then "
                    + "hands out (the mock's own fileId keeps working)." + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ContentRegistration.class),
            examples = {
                    @ExampleObject(name = "synthetic bytes", value = ApiExamples.REGISTER_SYNTHETIC),
                    @ExampleObject(name = "a pieces-hash file alone", value = ApiExamples.REGISTER_PIECES_HASH_FILE),
                    @ExampleObject(name = "at the real CDN's path", value = ApiExamples.REGISTER_WITH_CDN_FILE)}))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a synthetic content", value = ApiExamples.CONTENT)))
    @ApiResponse(responseCode = "200", description = "The content with this id was replaced", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a synthetic content", value = ApiExamples.CONTENT)))
    @ApiResponse(responseCode = "400", description = "A rule is broken: the problem names the field; nothing is registered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, examples = {
                    @ExampleObject(name = "a negative size", value = ApiExamples.BAD_FIELD),
                    @ExampleObject(name = "a FileId that is no GUID", value = ApiExamples.BAD_FILE_ID)}))
    ResponseEntity<RegisteredContent> register(@PathVariable String contentId, @RequestBody ContentRegistration request) {
        return answer(registrar.register(contentId, request));
    }

    /** The ContentId is derived as DO derives it; a content that exists already is answered 200, unchanged. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a content under the ContentId DO would give it",
            description = "The body of PUT. The ContentId is `DO-` and the base64 `HashOfHashes` with `/` as `-`, as DO "
                    + "derives it (real, observed). A content with that id already is answered 200, unchanged." + MOCKS_OWN)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ContentRegistration.class),
            examples = {
                    @ExampleObject(name = "synthetic bytes", value = ApiExamples.REGISTER_SYNTHETIC),
                    @ExampleObject(name = "a pieces-hash file alone", value = ApiExamples.REGISTER_PIECES_HASH_FILE)}))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a pieces-hash file alone", value = ApiExamples.CONTENT_WITH_DERIVED_ID)))
    @ApiResponse(responseCode = "200", description = "A content has this id already: it is unchanged", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a pieces-hash file alone", value = ApiExamples.CONTENT_WITH_DERIVED_ID)))
    @ApiResponse(responseCode = "400", description = "A rule is broken: the problem names the field; nothing is registered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "a negative size", value = ApiExamples.BAD_FIELD)))
    ResponseEntity<RegisteredContent> registerDerivingId(@RequestBody ContentRegistration request) {
        return answer(registrar.register(null, request));
    }

    @PutMapping(path = "/{contentId}/payload", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "Upload the bytes of a content",
            description = "Streamed to disk and hashed on the way. Creates the content, or replaces the bytes of an "
                    + "existing one, which keeps its AltCatalogIds, P2PAllowed and Policies unless the query sets them."
                    + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @Parameter(name = "PieceSize", description = "a power of two; default 1048576, or the existing content's")
    @Parameter(name = "P2PAllowed", description = "false: the content is not for peering")
    @Parameter(name = "AltCatalogId", description = "a download URL of the content; repeatable")
    @Parameter(name = "FileId", description = "a GUID: the real CDN's path of the content; default: the existing content's",
            example = "7bc846e0-af9c-49be-a03d-bb04428c9bb5")
    @Parameter(name = "FileName", description = "the file name after the FileId in that path; needs FileId",
            example = "Microsoft.png")
    @Parameter(name = HttpHeaders.CONTENT_LENGTH, description = "over docloud.content.max-content-size: 413 at once; "
            + "without it, the upload is refused when it passes the maximum")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the bytes", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "uploaded bytes", value = ApiExamples.CONTENT_UPLOADED)))
    @ApiResponse(responseCode = "200", description = "New bytes for the content with this id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "uploaded bytes", value = ApiExamples.CONTENT_UPLOADED)))
    @ApiResponse(responseCode = "400", description = "A rule is broken: the problem names the field; nothing is registered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "a negative size", value = ApiExamples.BAD_FIELD)))
    @ApiResponse(responseCode = "413", description = "Over docloud.content.max-content-size; nothing is kept",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "too large", value = ApiExamples.TOO_LARGE)))
    @ApiResponse(responseCode = "507", description = "The disk refused the write; nothing is kept",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    DeferredResult<ResponseEntity<RegisteredContent>> upload(@PathVariable String contentId, HttpServletRequest request,
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
    @Operation(summary = "Every content of the catalog", description = "Seed-folder contents too, by ContentId." + MOCKS_OWN)
    @ApiResponse(responseCode = "200", description = "The contents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = RegisteredContent.class)),
            examples = @ExampleObject(name = "one synthetic content", value = "[" + ApiExamples.CONTENT + "]")))
    List<RegisteredContent> list() {
        return catalog.list().stream().map(this::registered).toList();
    }

    @GetMapping("/{contentId}")
    @Operation(summary = "One content", description = "What was registered, its hashes and where the mock CDN serves it."
            + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @ApiResponse(responseCode = "200", description = "The content", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a synthetic content", value = ApiExamples.CONTENT)))
    @ApiResponse(responseCode = "404", description = "No content has this ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown content", value = ApiExamples.UNKNOWN_ADMIN_CONTENT)))
    RegisteredContent show(@PathVariable String contentId) {
        return catalog.find(contentId).map(this::registered).orElseThrow(() -> unknown(contentId));
    }

    @DeleteMapping("/{contentId}")
    @Operation(summary = "Delete a content", description = "Uploaded bytes go with it; a seed-folder content comes back "
            + "with POST /admin/reset." + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No content has this ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown content", value = ApiExamples.UNKNOWN_ADMIN_CONTENT)))
    ResponseEntity<Void> delete(@PathVariable String contentId) {
        catalog.remove(contentId).orElseThrow(() -> unknown(contentId));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<RegisteredContent> answer(Registration registration) {
        RegisteredContent view = registered(registration.content());
        if (!registration.created()) {
            return ResponseEntity.ok(view);
        }
        URI location = UriComponentsBuilder.fromPath("/admin/contents/{contentId}").buildAndExpand(view.contentId()).encode().toUri();
        return ResponseEntity.created(location).body(view);
    }

    /** {@code Policies} holds only what the registration set. */
    private RegisteredContent registered(org.docloudmock.contentpolicy.catalog.Content content) {
        String id = content.id();
        Long seed = content.source() instanceof ContentSource.Synthetic synthetic ? synthetic.bytes().seed() : null;
        PolicyOverrides policies = content.settings().policies();
        String contentUrl = content.source().payload().isPresent() ? urls.payload(content) : null;
        CdnFile cdnFile = content.settings().cdnFile();
        return new RegisteredContent(id, content.source().kind(), content.size(), content.piecesHashFile().pieceSize(),
                content.pieceCount(), content.piecesHashFile().hashOfHashes(), seed, content.settings().p2pAllowed(),
                content.settings().altCatalogIds(), policies.equals(PolicyOverrides.NONE) ? null : policies,
                content.lastModified(), urls.piecesHashFile(content), contentUrl,
                cdnFile == null ? null : cdnFile.fileId(), cdnFile == null ? null : cdnFile.fileName(),
                content.settings().secure() != null ? content.settings().secure() : defaultSecure);
    }

    private static ResponseStatusException unknown(String contentId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId);
    }
}
