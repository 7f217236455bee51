package org.docloudmock.support.fault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.support.admin.AdminApi;
import org.docloudmock.support.docs.SchemaDocs;
import tools.jackson.databind.JsonNode;

/** The API documentation of {@link FaultController}. */
@Tag(name = AdminApi.TAG)
interface FaultApi {

    String GEO_DOWN = """
            [{"Path":"/geo","Method":"GET","Status":503,"DelayMs":0,"Drop":false,"Probability":1.0,"Count":null,"Seed":null}]""";
    // a DO client that gets no answer from Geo or KeyValue falls back to simple mode (download mode 99)
    String SIMPLE_MODE = """
            [{"Path":"/geo","Method":"GET","Drop":true}]""";
    String FLAKY = """
            [{"Path":"/content/**","DelayMs":2000,"Probability":0.25,"Seed":42},\
            {"Path":"/all","Status":500,"Count":3}]""";

    /** {@link FaultRule} is a record of {@code protocol}, which has no swagger annotations. */
    static SchemaDocs faultRuleSchema() {
        return SchemaDocs.of("FaultRule")
                .property("Path", "Ant-style pattern: /geo is exactly /geo, /content/** a subtree, /** every path", "/geo")
                .required("Path")
                .property("Method", "HTTP method; null for any", "GET")
                .property("Status", "Answer with this status (100-599), a problem+json body", 503)
                .property("DelayMs", "Wait this long first (0 to 600000)", 0, 0)
                .property("Drop", "Close the connection without any response", false, false)
                .property("Probability", "Chance that a matching request is hit, 0 to 1", 1.0, 1.0)
                .property("Count", "Hit at most this many requests (counted after Probability); null for no limit")
                .property("Seed", "Seed of the Probability draws, so that a run repeats; null for a random one");
    }

    @Operation(summary = "The armed fault rules", description = "In the order they are tried, defaults filled in.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
            examples = @ExampleObject(name = "Geo answers 503", value = GEO_DOWN)))
    List<FaultRule> faults();

    @Operation(summary = "Replace every fault rule",
            description = "The first rule that matches a request (Path, Method) and fires (Probability, then Count) "
                    + "decides: wait DelayMs, then drop the connection (Drop), answer Status, or serve the request as usual. "
                    + "Admin, actuator and API docs paths are never faulted. A bad rule is a 400 naming the field, "
                    + "and the rules stay as they were. Dropping Geo or KeyValue makes a DO client fall back to simple mode (99).")
    @RequestBody(content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
            examples = {
                    @ExampleObject(name = "Geo answers 503", value = GEO_DOWN),
                    @ExampleObject(name = "Geo drops the connection: DO falls back to simple mode (99)", value = SIMPLE_MODE),
                    @ExampleObject(name = "slow content a quarter of the time, repeatably; KeyValue fails 3 times", value = FLAKY)}))
    @ApiResponse(responseCode = "200", description = "The rules now armed, defaults filled in",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
                    examples = @ExampleObject(name = "Geo answers 503", value = GEO_DOWN)))
    List<FaultRule> replace(JsonNode body, HttpServletRequest request);

    @Operation(summary = "Disarm every fault rule")
    @ApiResponse(responseCode = "204", description = "No rule is armed")
    void clear();
}
