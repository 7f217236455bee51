package org.docloudmock.support.fault;

import org.docloudmock.protocol.admin.FaultRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
class FaultController implements FaultApi {

    private final FaultRules rules;
    // a misspelt field ("Probabilty") must be a 400, not a rule that silently ignores it
    private final ObjectReader strictRules;

    FaultController(FaultRules rules, JsonMapper json) {
        this.rules = rules;
        this.strictRules = json.readerForListOf(FaultRule.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    @GetMapping(path = "/admin/faults", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FaultRule> faults() {
        return rules.rules();
    }

    @Override
    @PutMapping(path = "/admin/faults", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FaultRule> replace(@RequestBody JsonNode body, HttpServletRequest request) {
        List<FaultRule> replacement;
        try {
            replacement = strictRules.readValue(body);
        } catch (JacksonException e) {
            // answered by ProblemResponses like any unreadable body: a 400 naming the field
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
        return rules.replace(replacement);
    }

    @Override
    @DeleteMapping("/admin/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void clear() {
        rules.reset();
    }
}
