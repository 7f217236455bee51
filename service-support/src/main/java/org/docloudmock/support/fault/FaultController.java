package org.docloudmock.support.fault;

import org.docloudmock.protocol.admin.FaultRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.docloudmock.support.admin.AdminApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = AdminApi.TAG)
class FaultController {

    private static final String GEO_DOWN = """
            [{"Path":"/geo","Method":"GET","Status":503,"DelayMs":0,"Drop":false,"Probability":1.0,"Count":null,"Seed":null}]""";
    // a DO client that gets no answer from Geo or KeyValue falls back to simple mode (download mode 99)
    private static final String SIMPLE_MODE = """
            [{"Path":"/geo","Method":"GET","Drop":true}]""";
    private static final String FLAKY = """
            [{"Path":"/content/**","DelayMs":2000,"Probability":0.25,"Seed":42},\
            {"Path":"/all","Status":500,"Count":3}]""";

    private final FaultRules rules;
    // a misspelt field ("Probabilty") must be a 400, not a rule that silently ignores it
    private final ObjectReader strictRules;

    FaultController(FaultRules rules, JsonMapper json) {
        this.rules = rules;
        this.strictRules = json.readerForListOf(FaultRule.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GetMapping(path = "/admin/faults", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The armed fault rules", description = "In the order they are tried, defaults filled in.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
            examples = @ExampleObject(name = "Geo answers 503", value = GEO_DOWN)))
    List<FaultRule> faults() {
        return rules.rules();
    }

    @PutMapping(path = "/admin/faults", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace every fault rule",
            description = "The first rule that matches a request (Path, Method) and fires (Probability, then Count) "
                    + "decides: wait DelayMs, then drop the connection (Drop), answer Status, or serve the request as usual. "
                    + "Admin, actuator and API docs paths are never faulted. A bad rule is a 400 naming the field, "
                    + "and the rules stay as they were. Dropping Geo or KeyValue makes a DO client fall back to simple mode (99).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
            examples = {
                    @ExampleObject(name = "Geo answers 503", value = GEO_DOWN),
                    @ExampleObject(name = "Geo drops the connection: DO falls back to simple mode (99)", value = SIMPLE_MODE),
                    @ExampleObject(name = "slow content a quarter of the time, repeatably; KeyValue fails 3 times", value = FLAKY)}))
    @ApiResponse(responseCode = "200", description = "The rules now armed, defaults filled in",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaultRule.class)),
                    examples = @ExampleObject(name = "Geo answers 503", value = GEO_DOWN)))
    List<FaultRule> replace(@RequestBody JsonNode body, HttpServletRequest request) {
        List<FaultRule> replacement;
        try {
            replacement = strictRules.readValue(body);
        } catch (JacksonException e) {
            // answered by ProblemResponses like any unreadable body: a 400 naming the field
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
        return rules.replace(replacement);
    }

    @DeleteMapping("/admin/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disarm every fault rule")
    @ApiResponse(responseCode = "204", description = "No rule is armed")
    void clear() {
        rules.reset();
    }
}
