package org.docloudmock.protocol.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docloudmock.protocol.InvalidFieldException;

/**
 * A fault rule of {@code PUT /admin/faults} (SPEC 9), as an operator writes it: a null field takes its
 * default (any method, no delay, probability 1, no count limit, a random seed) when the rule is
 * {@linkplain #checked(int) checked}. Its API documentation is service-support's {@code FaultRuleSchema}.
 */
public record FaultRule(
        @JsonProperty("Path") String path,
        @JsonProperty("Method") String method,
        @JsonProperty("Status") Integer status,
        @JsonProperty("DelayMs") Integer delayMs,
        @JsonProperty("Drop") Boolean drop,
        @JsonProperty("Probability") Double probability,
        @JsonProperty("Count") Integer count,
        @JsonProperty("Seed") Long seed) {

    static final int MAX_DELAY_MS = 600_000;

    /**
     * The rule with its defaults filled in, or an {@link InvalidFieldException} naming the field as
     * {@code [index].Field}, the way a JSON error in the list is named.
     */
    public FaultRule checked(int index) {
        String at = "[" + index + "].";
        if (path == null || !path.startsWith("/")) {
            throw new InvalidFieldException(at + "Path", "Path must be a pattern starting with /, such as /geo or /content/**");
        }
        if (method != null && !method.matches("[A-Za-z]+")) {
            throw new InvalidFieldException(at + "Method", "Method must be an HTTP method such as GET, or null for any");
        }
        if (status != null && (status < 100 || status > 599)) {
            throw new InvalidFieldException(at + "Status", "Status must be between 100 and 599");
        }
        if (delayMs != null && (delayMs < 0 || delayMs > MAX_DELAY_MS)) {
            throw new InvalidFieldException(at + "DelayMs", "DelayMs must be between 0 and " + MAX_DELAY_MS);
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new InvalidFieldException(at + "Probability", "Probability must be between 0 and 1");
        }
        if (count != null && count < 1) {
            throw new InvalidFieldException(at + "Count", "Count must be at least 1, or null for no limit");
        }
        boolean dropping = Boolean.TRUE.equals(drop);
        if (dropping && status != null) {
            throw new InvalidFieldException(at + "Drop", "a dropped connection has no Status: give one or the other");
        }
        int delay = delayMs == null ? 0 : delayMs;
        if (!dropping && status == null && delay == 0) {
            throw new InvalidFieldException(at + "Status", "the rule does nothing: give a Status, a DelayMs or Drop");
        }
        return new FaultRule(path, method == null ? null : method.toUpperCase(Locale.ROOT), status, delay, dropping,
                probability == null ? 1.0 : probability, count, seed);
    }

    /** What the rule does to a request it hits: {@code Status 503}, {@code DelayMs 200, Drop}, ... */
    public String effect() {
        List<String> effects = new ArrayList<>();
        if (delayMs > 0) {
            effects.add("DelayMs " + delayMs);
        }
        if (drop) {
            effects.add("Drop");
        }
        if (status != null) {
            effects.add("Status " + status);
        }
        return String.join(", ", effects);
    }

    @Override
    public String toString() {
        return (method == null ? "any" : method) + " " + path + " -> " + effect()
                + (probability < 1 ? ", probability " + probability : "")
                + (count != null ? ", count " + count : "")
                + (seed != null ? ", seed " + seed : "");
    }

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
