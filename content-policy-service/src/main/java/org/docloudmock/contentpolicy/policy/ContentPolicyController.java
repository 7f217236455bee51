package org.docloudmock.contentpolicy.policy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Optional;
import org.docloudmock.contentpolicy.ApiExamples;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.docloudmock.contentpolicy.catalog.ContentCatalog;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.content.ContentPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Content Policy", description = "The policies of a content, where its pieces-hash file and bytes are (real API)")
class ContentPolicyController {

    private final ContentCatalog catalog;
    private final ContentPolicies policies;
    private final Counter hits;
    private final Counter misses;

    ContentPolicyController(ContentCatalog catalog, ContentUrls urls, ContentPolicyProperties properties,
                            MeterRegistry meters) {
        this.catalog = catalog;
        this.policies = new ContentPolicies(properties.defaultPolicies(), urls, Clock.systemUTC());
        this.hits = lookups("hit", meters);
        this.misses = lookups("miss", meters);
    }

    /** {@code Profile} is bound only so that a malformed one is a 400. */
    @GetMapping("/content/{contentId}/contentpolicy")
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
    ContentPolicy contentPolicy(@PathVariable String contentId,
                                @RequestParam(name = "altCatalogId", required = false) String altCatalogId,
                                @RequestParam(name = "Profile", required = false) Integer profile) {
        ContentIds.requireValid(contentId, "contentId");
        var content = catalog.find(contentId)
                .or(() -> altCatalogId == null ? Optional.empty() : catalog.findByAltCatalogId(altCatalogId));
        (content.isPresent() ? hits : misses).increment();
        return content.map(policies::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No content " + contentId
                        + (altCatalogId == null ? "" : " nor one downloaded from " + altCatalogId)));
    }

    private static Counter lookups(String result, MeterRegistry meters) {
        return Counter.builder("docloud.content-policy.lookups")
                .description("Content policy requests, by whether the content was found (by ContentId or altCatalogId)")
                .tag("result", result)
                .register(meters);
    }
}
