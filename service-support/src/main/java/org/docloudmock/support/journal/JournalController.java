package org.docloudmock.support.journal;

import org.docloudmock.protocol.admin.JournalEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.support.admin.AdminApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = AdminApi.TAG)
class JournalController {

    static final String EXAMPLE = """
            [{"Method":"GET","Path":"/geo","Query":"doClientVersion=10.0.19041.1&Profile=768","Status":200,\
            "ClientIp":"203.0.113.7","DurationMs":3,"Timestamp":"2025-01-15T10:04:05.123Z",\
            "Headers":{"User-Agent":"Microsoft-Delivery-Optimization/10.0","X-Forwarded-For":"203.0.113.7"},\
            "BodySize":0,"Fault":null},\
            {"Method":"GET","Path":"/geo","Query":null,"Status":503,"ClientIp":"203.0.113.7","DurationMs":1,\
            "Timestamp":"2025-01-15T10:04:06.456Z","Headers":{},"BodySize":0,"Fault":"Status 503"}]""";

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping(path = "/admin/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The request journal",
            description = "The last requests to the public endpoints (not admin, actuator or API docs), newest last.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = JournalEntry.class)),
            examples = @ExampleObject(name = "two requests to /geo, the second one faulted", value = EXAMPLE)))
    List<JournalEntry> requests(@Parameter(description = "only requests whose path starts with this", example = "/geo")
                                @RequestParam(name = "path", defaultValue = "") String pathPrefix) {
        return journal.entries(pathPrefix);
    }

    @DeleteMapping("/admin/requests")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Clear the request journal")
    @ApiResponse(responseCode = "204", description = "Cleared")
    void clear() {
        journal.reset();
    }
}
