package org.docloudmock.contentpolicy.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;

/** The API documentation of {@link FileStreamingController}: the mock CDN. */
@Tag(name = FileStreamingApi.TAG, description = "Pieces-hash files and payloads, also as a Connected Cache host "
        + "(real paths). A content's fileId is its GUID `FileId` when it was registered with one (the real shape, "
        + "optionally followed by its `FileName`), and always also the mock's own, the base64url of its ContentId.")
interface FileStreamingApi {

    String TAG = "Mock CDN";

    @Operation(summary = "The pieces-hash file of a content",
            description = "The real format: the SHA-256 of every piece, in base64; the client checks the file against "
                    + "the content policy's `HashOfHashes` before it trusts a piece. `ETag` is `HashOfHashes`; "
                    + "`If-None-Match` and `If-Modified-Since` answer 304.")
    @Parameter(name = "fileId", description = "as in the content policy's `PiecesHashFileCdnUrls`: a GUID or the "
            + "mock's own", example = "ZGVtby1jb250ZW50")
    @ApiResponse(responseCode = "200", description = "The pieces-hash file",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PiecesHashFile.class),
                    examples = @ExampleObject(name = "3 MiB in pieces of 1 MiB", value = ApiExamples.PIECES_HASH_FILE)))
    @ApiResponse(responseCode = "304", description = "Not modified since the client's copy",
            content = @io.swagger.v3.oas.annotations.media.Content)
    @ApiResponse(responseCode = "404", description = "No content has this fileId",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown fileId", value = ApiExamples.UNKNOWN_PIECES_HASH_FILE)))
    ResponseEntity<PiecesHashFile> piecesHashFile(String fileId, ServletWebRequest request);

    @Operation(summary = "The bytes of a content, whole or by range",
            description = "As a CDN serves them: one range is a 206 with `Content-Range`, several are "
                    + "`multipart/byteranges`; `ETag` is the content's `HashOfHashes`, and `If-None-Match` (`*` too) or "
                    + "`If-Modified-Since` answer 304 before any range is looked at; an `If-Range` that names other "
                    + "bytes makes a `Range` ignored (200, the whole payload). Called as a Connected Cache host, "
                    + "with the original host in `cacheHostOrigin` (real), it answers the same. Departure: a malformed "
                    + "or empty `Range` (`bytes=`) is a 416 rather than ignored, as RFC 9110 allows for invalid ranges.")
    @Parameter(name = "fileId", description = "as in the content policy's `ContentCdnUrls`", example = "ZGVtby1jb250ZW50")
    @Parameter(name = HttpHeaders.RANGE, description = "one range or several", example = "bytes=0-1048575")
    @Parameter(in = ParameterIn.QUERY, name = "cacheHostOrigin", schema = @Schema(type = "string"),
            description = "the original CDN host, when the client calls the service as its Connected Cache host (real); "
                    + "changes nothing", example = "dl.delivery.mp.microsoft.com")
    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH, schema = @Schema(type = "string"),
            description = "the `ETag` of the client's copy", example = "\"DOSBBaOe+dMIrJJqznaprLtSIGz8Zng88g9p1Za94hQ=\"")
    @ApiResponse(responseCode = "200", description = "The whole payload, or several ranges as multipart/byteranges",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "One range",
            headers = @Header(name = HttpHeaders.CONTENT_RANGE, description = "the range sent",
                    example = "bytes 0-1048575/3145733"),
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified since the client's copy",
            content = @io.swagger.v3.oas.annotations.media.Content)
    @ApiResponse(responseCode = "404", description = "No content has this fileId, or only its pieces-hash file was registered",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown fileId", value = ApiExamples.UNKNOWN_FILE)))
    @ApiResponse(responseCode = "416", description = "The range is malformed or beyond the content",
            headers = @Header(name = HttpHeaders.CONTENT_RANGE, description = "the size", example = "bytes */3145733"),
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "beyond the content", value = ApiExamples.RANGE_NOT_SATISFIABLE)))
    ResponseEntity<?> payload(String fileId, String range, ServletWebRequest request) throws IOException;

    @Operation(summary = "The bytes of a content by the real CDN's path: its GUID and its file name",
            description = "As `GET /filestreamingservice/files/{fileId}`, for a content registered with a `FileId` and "
                    + "`FileName` (`7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png` is the file Microsoft's "
                    + "troubleshooter fetches from a cache host). Always `application/octet-stream`, whatever the name.")
    @Parameter(name = "fileId", description = "the content's GUID", example = "7bc846e0-af9c-49be-a03d-bb04428c9bb5")
    @Parameter(name = "name", description = "the content's FileName", example = "Microsoft.png")
    @Parameter(name = HttpHeaders.RANGE, description = "one range or several", example = "bytes=0-9")
    @Parameter(in = ParameterIn.QUERY, name = "cacheHostOrigin", schema = @Schema(type = "string"),
            description = "the original CDN host (real); changes nothing", example = "dl.delivery.mp.microsoft.com")
    @ApiResponse(responseCode = "200", description = "The whole payload",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "One range", headers = @Header(name = HttpHeaders.CONTENT_RANGE,
            description = "the range sent", example = "bytes 0-9/302341"))
    @ApiResponse(responseCode = "404", description = "No content has this fileId, or its file has another name",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<?> namedPayload(String fileId, String name, String range,
                                   ServletWebRequest request) throws IOException;

    @Operation(summary = "The headers GET of a named file would send")
    @Parameter(name = "fileId", description = "the content's GUID", example = "7bc846e0-af9c-49be-a03d-bb04428c9bb5")
    @Parameter(name = "name", description = "the content's FileName", example = "Microsoft.png")
    @ApiResponse(responseCode = "200", description = "The content's headers")
    @ApiResponse(responseCode = "404", description = "No content has this fileId, or its file has another name")
    ResponseEntity<Void> namedPayloadHead(String fileId, String name);

    @Operation(summary = "The headers GET would send", description = "`Content-Length`, `ETag`, `Last-Modified`, "
            + "`Accept-Ranges`, without reading the bytes.")
    @Parameter(name = "fileId", description = "as in the content policy's `ContentCdnUrls`", example = "ZGVtby1jb250ZW50")
    @ApiResponse(responseCode = "200", description = "The content's headers")
    @ApiResponse(responseCode = "404", description = "No content has this fileId, or only its pieces-hash file was registered")
    ResponseEntity<Void> payloadHead(String fileId);
}
