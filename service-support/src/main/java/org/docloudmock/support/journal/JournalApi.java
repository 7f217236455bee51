package org.docloudmock.support.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.docloudmock.protocol.admin.JournalEntry;
import org.docloudmock.support.admin.AdminApi;
import org.docloudmock.support.docs.SchemaDocs;

/** The API documentation of {@link JournalController}. */
@Tag(name = AdminApi.TAG)
interface JournalApi {

    String EXAMPLE = """
            [{"Method":"GET","Path":"/geo","Query":"doClientVersion=10.0.19041.1&Profile=768","Status":200,\
            "ClientIp":"203.0.113.7","DurationMs":3,"Timestamp":"2025-01-15T10:04:05.123Z",\
            "Headers":{"User-Agent":"Microsoft-Delivery-Optimization/10.0","X-Forwarded-For":"203.0.113.7"},\
            "BodySize":0,"Fault":null},\
            {"Method":"GET","Path":"/geo","Query":null,"Status":503,"ClientIp":"203.0.113.7","DurationMs":1,\
            "Timestamp":"2025-01-15T10:04:06.456Z",\
            "Headers":{"User-Agent":"Microsoft-Delivery-Optimization/10.0","X-Forwarded-For":"203.0.113.7"},\
            "BodySize":0,"Fault":"Status 503"}]""";

    /** {@link JournalEntry} is a record of {@code protocol}, which has no swagger annotations. */
    static SchemaDocs journalEntrySchema() {
        return SchemaDocs.of("JournalEntry")
                .property("Query", "The raw query string, null when there is none")
                .property("Status", "0 when a fault rule dropped the connection")
                .property("ClientIp", "The resolved external IP (X-Forwarded-For from a trusted proxy)")
                .property("Timestamp", "When the request arrived")
                .property("Headers", "The headers listed in docloud.journal.headers that the client sent")
                .property("BodySize", "Bytes of request body: Content-Length, or the bytes read when it was chunked")
                .property("Fault", "The fault a rule injected into this request, null when none");
    }

    @Operation(summary = "The request journal",
            description = "The last requests to the public endpoints (not admin, actuator or API docs), newest last.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = JournalEntry.class)),
            examples = @ExampleObject(name = "two requests to /geo, the second one faulted", value = EXAMPLE)))
    List<JournalEntry> requests(@Parameter(description = "only requests whose path starts with this", example = "/geo")
                                String pathPrefix);

    @Operation(summary = "Clear the request journal")
    @ApiResponse(responseCode = "204", description = "Cleared")
    void clear();
}
