package org.docloudmock.contentpolicy.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.support.admin.AdminApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/** The API documentation of {@link ContentAdminController}: the mock's own content catalog. */
@Tag(name = AdminApi.TAG)
interface ContentAdminApi {

    String MOCKS_OWN = " The content catalog and its admin API are the mock's own.";

    @Operation(summary = "Register a content under this ContentId, or replace it whole",
            description = "Exactly one source: `Synthetic` (bytes generated from `Size` and `Seed`) or `PiecesHashFile` "
                    + "(the real JSON, checked as a client checks it; the bytes are never served). Optional: `PieceSize`, "
                    + "`P2PAllowed` (default true), `AltCatalogIds` (download URLs), `Policies`, `IsSecure` (the content "
                    + "policy's; default docloud.content.default-policies.is-secure), `FileId` (a GUID) and `FileName`: the "
                    + "real CDN's path `/filestreamingservice/files/{FileId}/{FileName}`, which the content policy then "
                    + "hands out (the mock's own fileId keeps working)." + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @RequestBody(content = @Content(
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
    ResponseEntity<RegisteredContent> register(String contentId, ContentRegistration request);

    @Operation(summary = "Register a content under the ContentId DO would give it",
            description = "The body of PUT. The ContentId is `DO-` and the base64 `HashOfHashes` with `/` as `-`, as DO "
                    + "derives it (real, observed). A content with that id already is answered 200, unchanged." + MOCKS_OWN)
    @RequestBody(content = @Content(
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
                    examples = @ExampleObject(name = "a negative size", value = ApiExamples.BAD_FIELD_POSTED)))
    ResponseEntity<RegisteredContent> registerDerivingId(ContentRegistration request);

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
    @RequestBody(required = true, description = "the bytes", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "uploaded bytes", value = ApiExamples.CONTENT_UPLOADED)))
    @ApiResponse(responseCode = "200", description = "New bytes for the content with this id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "uploaded bytes", value = ApiExamples.CONTENT_UPLOADED)))
    @ApiResponse(responseCode = "400", description = "A rule is broken: the problem names the field; nothing is registered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "PieceSize is not a power of two", value = ApiExamples.BAD_PIECE_SIZE)))
    @ApiResponse(responseCode = "413", description = "Over docloud.content.max-content-size; nothing is kept",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "too large", value = ApiExamples.TOO_LARGE)))
    @ApiResponse(responseCode = "408", description = "Slower than docloud.content.min-upload-rate once its first "
            + "docloud.limits.body-timeout was over; nothing is kept; the connection is closed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "507", description = "The disk refused the write; nothing is kept",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    DeferredResult<ResponseEntity<RegisteredContent>> upload(String contentId, HttpServletRequest request, Long contentLength,
                                                             Integer pieceSize, Boolean p2pAllowed, List<String> altCatalogIds,
                                                             String fileId, String fileName) throws IOException;

    @Operation(summary = "Every content of the catalog", description = "Seed-folder contents too, by ContentId." + MOCKS_OWN)
    @ApiResponse(responseCode = "200", description = "The contents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = RegisteredContent.class)),
            examples = @ExampleObject(name = "one synthetic content", value = "[" + ApiExamples.CONTENT + "]")))
    List<RegisteredContent> list();

    @Operation(summary = "One content", description = "What was registered, its hashes and where the mock CDN serves it."
            + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @ApiResponse(responseCode = "200", description = "The content", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegisteredContent.class),
            examples = @ExampleObject(name = "a synthetic content", value = ApiExamples.CONTENT)))
    @ApiResponse(responseCode = "404", description = "No content has this ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown content", value = ApiExamples.UNKNOWN_ADMIN_CONTENT)))
    RegisteredContent show(String contentId);

    @Operation(summary = "Delete a content", description = "Uploaded bytes go with it; a seed-folder content comes back "
            + "with POST /admin/reset." + MOCKS_OWN)
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No content has this ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown content", value = ApiExamples.UNKNOWN_ADMIN_CONTENT)))
    ResponseEntity<Void> delete(String contentId);
}
