package org.docloudmock.support.limits;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much of a request body a service reads, and for how long it waits for it.
 *
 * @param maxBodySize      a body to a DO endpoint (a join is well under 2 KB)
 * @param maxAdminBodySize a JSON body to {@code /admin/**}: a pieces-hash file lists one hash per piece
 * @param bodyTimeout      the whole body must arrive within this, else 408 and the connection is closed
 * @param streamedPaths    Ant patterns of paths whose controller streams the body itself (uploads): not read here
 */
@Validated
@ConfigurationProperties("docloud.limits")
public record RequestLimits(@NotNull DataSize maxBodySize, @NotNull DataSize maxAdminBodySize, @NotNull Duration bodyTimeout,
                            List<String> streamedPaths) {

    public RequestLimits {
        streamedPaths = streamedPaths == null ? List.of() : List.copyOf(streamedPaths);
    }
}
