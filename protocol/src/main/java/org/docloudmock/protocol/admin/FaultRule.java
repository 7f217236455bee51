package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * A fault rule of {@code PUT /admin/faults} (SPEC 9). {@code Path} is an Ant pattern ({@code /geo},
 * {@code /content/**}); a null field takes the service's default (any method, no delay, probability 1,
 * no count limit, a random seed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
        @JsonProperty("Path") String path,
        @JsonProperty("Method") String method,
        @JsonProperty("Status") Integer status,
        @JsonProperty("DelayMs") Integer delayMs,
        @JsonProperty("Drop") Boolean drop,
        @JsonProperty("Probability") Double probability,
        @JsonProperty("Count") Integer count,
        @JsonProperty("Seed") Long seed) {

    /** Requests to {@code path} are answered {@code status} with a problem body. */
    public static FaultRule status(String path, int status) {
        return new FaultRule(path, null, status, null, null, null, null, null);
    }

    /** Requests to {@code path} get their connection closed with no response. */
    public static FaultRule drop(String path) {
        return new FaultRule(path, null, null, null, true, null, null, null);
    }

    /** Requests to {@code path} are served as usual, {@code delay} late. */
    public static FaultRule delay(String path, Duration delay) {
        return new FaultRule(path, null, null, Math.toIntExact(delay.toMillis()), null, null, null, null);
    }

    /** Only requests with this HTTP method. */
    public FaultRule withMethod(String method) {
        return new FaultRule(path, method, status, delayMs, drop, probability, count, seed);
    }

    /** Waits {@code delay} before the status or the drop. */
    public FaultRule withDelay(Duration delay) {
        return new FaultRule(path, method, status, Math.toIntExact(delay.toMillis()), drop, probability, count, seed);
    }

    /** Hits a matching request with this probability; the same seed draws the same requests again. */
    public FaultRule withProbability(double probability, long seed) {
        return new FaultRule(path, method, status, delayMs, drop, probability, count, seed);
    }

    /** Hits at most this many requests, then lets every request through. */
    public FaultRule withCount(int count) {
        return new FaultRule(path, method, status, delayMs, drop, probability, count, seed);
    }
}
