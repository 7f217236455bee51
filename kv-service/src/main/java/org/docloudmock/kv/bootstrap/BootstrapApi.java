package org.docloudmock.kv.bootstrap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.http.MediaType;

/** The API documentation of {@link BootstrapController}: the real API. */
@Tag(name = "KeyValue", description = "Bootstrap: where the other services are, and the device configuration (real API)")
interface BootstrapApi {

    String BOOTSTRAP = """
            {"ContentPolicy_EndpointUri":"http://localhost:8083/",\
            "ContentPolicy_EndpointFullUri":"http://localhost:8083/content/{contentId}/contentpolicy",\
            "Discovery_EndpointFullUri":"http://localhost:8084/disc/{contentId}",\
            "Client_RegisteredCallersFilterList":[],\
            "DOMinFileSizeToCache":50,"DOMinRAMAllowedToPeer":4,"DOMinDiskSizeAllowedToPeer":32,\
            "DOMinBatteryPercentageAllowedToUpload":0,"DOAllowVPNPeerCaching":0,"DOMaxCacheAge":259200,\
            "DOMaxUploadBandwidth":0,"DOMonthlyUploadDataCap":20,"DODelayCacheServerFallbackForeground":0,\
            "DODelayCacheServerFallbackBackground":0,"DORestrictPeerSelectionBy":0,"Array_RejoinIntervalSecs":60,"Array_MaxPeers":50}""";
    String BAD_COUNTRY = """
            {"detail":"countryCode: must be a two-letter country code","instance":"/all","status":400,\
            "title":"Invalid countryCode","field":"countryCode"}""";

    @Operation(summary = "The endpoints of the other services and the device configuration, as one flat object",
            description = "As the real KeyValue service: `ContentPolicy_EndpointUri`, the templates "
                    + "`ContentPolicy_EndpointFullUri` and `Discovery_EndpointFullUri` (with `{contentId}` and no query "
                    + "string: clients append their own) and `Client_RegisteredCallersFilterList`, then the device "
                    + "configuration: docloud.kv.device-config, overridden by country < Profile < eId. "
                    + "Departures: the device configuration keys are named after the DO policies they stand for, plus "
                    + "the mock's own `Array_RejoinIntervalSecs` and `Array_MaxPeers`; `Client_RegisteredCallersFilterList` "
                    + "is a JSON array of caller names.")
    @Parameter(name = "doClientVersion", description = "the DO client's version; accepted, changes nothing",
            example = "10.0.26100.1")
    @Parameter(name = "countryCode", description = "the client's country, as Geo answered it; chooses "
            + "docloud.kv.country-overrides (any case)", example = "DE")
    @Parameter(name = "Profile", description = "the device profile (also `profile`); chooses docloud.kv.profile-overrides. "
            + "A number, else 400", example = "768")
    @Parameter(name = "CacheId", description = "accepted, changes nothing")
    @Parameter(name = "eId", description = "the client's enterprise id; chooses docloud.kv.eid-overrides (any case)")
    @Parameter(name = "CacheHost", description = "the client's Connected Cache host; accepted, changes nothing")
    @ApiResponse(responseCode = "200", description = "The flat key set for this client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "the defaults", value = BOOTSTRAP)))
    @ApiResponse(responseCode = "400", description = "`countryCode` is not two letters, or `Profile` is not a number",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "countryCode is not two letters", value = BAD_COUNTRY)))
    Map<String, Object> all(String doClientVersion,
                            @Pattern(regexp = "([A-Za-z]{2})?", message = "must be a two-letter country code")
                            String countryCode,
                            Integer profile, String cacheId, String eId, String cacheHost);
}
