package org.docloudmock.discovery.placement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.protocol.discovery.CollectiveArray;
import org.springframework.http.MediaType;

/** The API documentation of {@link DiscoveryController}: the real API. */
@Tag(name = "Discovery", description = "Which Array instance holds a content's swarm (real API)")
interface DiscoveryApi {

    String PLACED = "[{\"CollectiveArray\":\"http://localhost:8085/\"}]";
    String BAD_PROFILE = """
            {"detail":"Profile: 'x' is not a valid integer","instance":"/disc/demo-content","status":400,\
            "title":"Invalid Profile","field":"Profile"}""";
    String NO_INSTANCE = """
            {"detail":"No Array instance is known yet","instance":"/disc/demo-content","status":503,\
            "title":"Service Unavailable"}""";

    @Operation(summary = "The Array instance that holds this content's swarm",
            description = "As the real Discovery service: an array of one item whose `CollectiveArray` is the base URL "
                    + "of an Array instance; the client appends `join/`. Every client of a content (and `partitionId`) "
                    + "gets the same instance from every Discovery replica: rendezvous hashing over the known instances "
                    + "(docloud.discovery.array-urls, or every address of docloud.discovery.array-dns-name). "
                    + "Departure: 503 while no Array instance is known.")
    @Parameter(name = "contentId", description = "1 to 256 printable characters, no `/`", example = "demo-content")
    @Parameter(name = "partitionId", description = "splits one content's clients into separate swarms", example = "1")
    @Parameter(name = "Profile", description = "the device profile (also `profile`); a number, else 400; changes nothing",
            example = "768")
    @Parameter(in = ParameterIn.QUERY, name = "CountryCode", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing", example = "DE")
    @Parameter(in = ParameterIn.QUERY, name = "altCatalogId", schema = @Schema(type = "string"),
            description = "the download URL; sent by real clients, changes nothing")
    @Parameter(in = ParameterIn.QUERY, name = "doClientVersion", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @Parameter(in = ParameterIn.QUERY, name = "eId", schema = @Schema(type = "string"),
            description = "sent by real clients; changes nothing")
    @ApiResponse(responseCode = "200", description = "The Array instance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = CollectiveArray.class)),
                    examples = @ExampleObject(name = "one Array instance", value = PLACED)))
    @ApiResponse(responseCode = "400", description = "`Profile` is not a number, or `contentId` is not a valid ContentId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "Profile is not a number", value = BAD_PROFILE)))
    @ApiResponse(responseCode = "503", description = "No Array instance is known yet (a DNS name that has not resolved)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "no Array instance", value = NO_INSTANCE)))
    List<CollectiveArray> discover(String contentId, String partitionId, Integer profile);
}
