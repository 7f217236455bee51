package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a service's request journal ({@code GET /admin/requests}, SPEC 9): a request to a public
 * endpoint as the service saw and answered it. {@code Headers}, {@code BodySize} and {@code Fault} are the
 * mock's own.
 */
public record JournalEntry(
        @JsonProperty("Method") String method,
        @JsonProperty("Path") String path,
        @JsonProperty("Query") String query,
        @JsonProperty("Status") int status,
        @JsonProperty("ClientIp") String clientIp,
        @JsonProperty("DurationMs") long durationMs,
        @JsonProperty("Timestamp") Instant timestamp,
        @JsonProperty("Headers") Map<String, String> headers,
        @JsonProperty("BodySize") long bodySize,
        @JsonProperty("Fault") String fault) {
}
