package org.docloudmock.contentpolicy.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.protocol.content.ContentPolicy;
import org.springframework.http.MediaType;

/** The API documentation of {@link ContentPolicyController}: the real API. */
@Tag(name = "Content Policy", description = "The policies of a content, where its pieces-hash file and bytes are (real API)")
interface ContentPolicyApi {

    @Operation(summary = "The content policy of a content",
            description = "As the real Content Policy service: `HashOfHashes` authenticates the pieces-hash file at "
                    + "`PiecesHashFileCdnUrls`; `ContentCdnUrls` is where the bytes are (the mock CDN; empty for a content "
                    + "registered from its pieces-hash file alone); `Policies` are the content's own over "
                    + "docloud.content.default-policies. A client that does not know the ContentId finds the content by "
                    + "its download URL, `altCatalogId`. Departures: `P2PAllowed` is the mock's own (false: the content is "
                    + "not for peering); `IsInternal` is always false, `Rank` 0. `IsSecure` (false) and an empty "
                    + "`ExpireAtSecsSinceEpoch` are what real contents showed; both can be set per content. The CDN URLs "
                    + "use the content's GUID `FileId` and `FileName` when it has them (the real shape), else the mock's "
                    + "own fileId (the base64url of the ContentId).")
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @Parameter(name = "altCatalogId", description = "the download URL, to find a content whose ContentId is unknown",
            example = "http://dl.example.com/update.cab")
    @Parameter(name = "Profile", description = "the device profile (also `profile`); a number, else 400; changes nothing",
            example = "768")
    @Parameter(in = ParameterIn.QUERY, name = "doClientVersion", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @Parameter(in = ParameterIn.QUERY, name = "countryCode", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @Parameter(in = ParameterIn.QUERY, name = "eId", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @Parameter(in = ParameterIn.QUERY, name = "CacheHost", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @ApiResponse(responseCode = "200", description = "The content policy", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ContentPolicy.class),
            examples = {
                    @ExampleObject(name = "synthetic bytes, served by the mock CDN", value = ApiExamples.CONTENT_POLICY),
                    @ExampleObject(name = "registered from its pieces-hash file alone",
                            value = ApiExamples.CONTENT_POLICY_METADATA_ONLY),
                    @ExampleObject(name = "with the real CDN's path, an expiry and IsSecure of its own",
                            value = ApiExamples.CONTENT_POLICY_CDN_FILE)}))
    @ApiResponse(responseCode = "400", description = "`Profile` is not a number, or `contentId` is not a valid ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "Profile is not a number", value = ApiExamples.BAD_PROFILE)))
    @ApiResponse(responseCode = "404", description = "No content has this ContentId, nor this altCatalogId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "unknown content", value = ApiExamples.UNKNOWN_CONTENT)))
    ContentPolicy contentPolicy(String contentId, String altCatalogId, Integer profile);
}
