package org.docloudmock.geo.location;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.protocol.geo.GeoVersion;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The API documentation of {@link GeoController}: the real API. */
@Tag(name = "Geo", description = "Where a DO client is: the first call it makes (real API)")
interface GeoApi {

    String GEO = """
            {"ExternalIpAddress":"198.51.100.10","CountryCode":"FR","KeyValue_EndpointFullUri":"http://localhost:8082/all",\
            "Version":"4c66a637c2d13c0c","CompactVersion":"4c66a637","CacheId":"7","ContentCert":false,"DownloadModeFailSafe":""}""";
    String GEO_WITH_CACHE_HOST = """
            {"ExternalIpAddress":"203.0.113.7","CountryCode":"JP","KeyValue_EndpointFullUri":"http://localhost:8082/all",\
            "Version":"4c66a637c2d13c0c","CompactVersion":"4c66a637","CacheHost":"mcc.lab.example","CacheHostFlag":0,\
            "CacheId":"7","ContentCert":false,"DownloadModeFailSafe":""}""";
    String BAD_PROFILE = """
            {"detail":"Profile: 'abc' is not a valid integer","instance":"/geo","status":400,"title":"Invalid Profile",\
            "field":"Profile"}""";

    @Operation(summary = "The client's external IP, its country and the KeyValue endpoint to bootstrap from",
            description = "As the real Geo service: `ExternalIpAddress` is the address the request came from, "
                    + "`CountryCode` its country (docloud.geo.countries, longest prefix first, else "
                    + "docloud.geo.default-country), `KeyValue_EndpointFullUri` the KeyValue endpoint of the region "
                    + "serving that country, and `CacheHost`/`CacheHostFlag` only for a client in a range of "
                    + "docloud.geo.cache-hosts; `CacheId`, `ContentCert` and `DownloadModeFailSafe` as the real Geo sends them "
                    + "(docloud.geo.cache-id, content-cert, download-mode-fail-safe). `/geo/` answers the same (the "
                    + "troubleshooter v1.0.0 calls it). Always `text/json`, whatever the client accepts: DO's troubleshooter "
                    + "rejects anything else. Departures: `Version` and `CompactVersion` are the mock's own formats "
                    + "(a hash of the Geo configuration); the query parameters change nothing.")
    @Parameter(name = "doClientVersion", description = "the DO client's version; accepted, changes nothing",
            example = "10.0.26100.1")
    @Parameter(name = "Profile", description = "the device profile DO sends (also `profile`); a number, else 400",
            example = "768")
    @Parameter(name = "groupID", description = "the DO group id; accepted, changes nothing")
    @Parameter(in = ParameterIn.HEADER, name = "X-Forwarded-For", schema = @Schema(type = "string"),
            description = "believed only from a trusted proxy (docloud.trusted-proxies, loopback by default): then the "
                    + "client is the rightmost address that is not a trusted proxy. Lets simulated clients on one host "
                    + "act from many NATs.", example = "203.0.113.7")
    @ApiResponse(responseCode = "200", description = "Where the client is", content = @Content(
            mediaType = TextJson.TEXT_JSON_VALUE, schema = @Schema(implementation = GeoResponse.class), examples = {
                    @ExampleObject(name = "a client in France", value = GEO),
                    @ExampleObject(name = "a client with a Connected Cache host", value = GEO_WITH_CACHE_HOST)}))
    @ApiResponse(responseCode = "400", description = "`Profile` is not a number, or `X-Forwarded-For` names no client",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "Profile is not a number", value = BAD_PROFILE)))
    ResponseEntity<GeoResponse> geo(String doClientVersion, Integer profile, String groupID, ClientAddress client);

    @Operation(summary = "The Version /geo hands out",
            description = "Changes whenever anything Geo may answer changes. Departure: the format is the mock's own.")
    @ApiResponse(responseCode = "200", description = "The current version", content = @Content(
            mediaType = TextJson.TEXT_JSON_VALUE, schema = @Schema(implementation = GeoVersion.class),
            examples = @ExampleObject(name = "version", value = "{\"Version\":\"4c66a637c2d13c0c\"}")))
    ResponseEntity<GeoVersion> geoVersion();
}
