package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a service's request journal ({@code GET /admin/requests}, SPEC 9): a request to a public
 * endpoint as the service saw and answered it. {@code Headers}, {@code BodySize} and {@code Fault} are the
 * mock's own.
 */
@Schema(name = "JournalEntry")
public record JournalEntry(
        @JsonProperty("Method") String method,
        @JsonProperty("Path") String path,
        @Schema(description = "The raw query string, null when there is none") @JsonProperty("Query") String query,
        @Schema(description = "0 when a fault rule dropped the connection") @JsonProperty("Status") int status,
        @Schema(description = "The resolved external IP (X-Forwarded-For from a trusted proxy)") @JsonProperty("ClientIp") String clientIp,
        @JsonProperty("DurationMs") long durationMs,
        @Schema(description = "When the request arrived") @JsonProperty("Timestamp") Instant timestamp,
        @Schema(description = "The headers listed in docloud.journal.headers that the client sent")
        @JsonProperty("Headers") Map<String, String> headers,
        @Schema(description = "Bytes of request body: Content-Length, or the bytes read when it was chunked")
        @JsonProperty("BodySize") long bodySize,
        @Schema(description = "The fault a rule injected into this request, null when none") @JsonProperty("Fault") String fault) {
}
