package org.docloudmock.contentpolicy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The content catalog and the policies handed out. {@code dataDir} and {@code publicUrl} default, in
 * {@code content-policy-service.yml}, to {@code docloud.data-dir} and {@code docloud.content-policy.public-url};
 * {@code troubleshooterFiles} to {@code docloud.content-policy.troubleshooter-files}: the two files Microsoft's
 * troubleshooter fetches, at their real paths ({@code TroubleshooterFiles}). {@code minUploadRate}: what an
 * upload must average a second once its first {@code docloud.limits.body-timeout} is over.
 */
@Validated
@ConfigurationProperties("docloud.content")
public record ContentPolicyProperties(
        @NotBlank String publicUrl,
        String dataDir,
        String seedDir,
        @NotNull DataSize maxContentSize,
        @Valid @NotNull DefaultPolicies defaultPolicies,
        boolean troubleshooterFiles,
        @NotNull DataSize minUploadRate) {

    /**
     * Policies of every content that does not set its own.
     *
     * @param expireAfter {@code ExpireAtSecsSinceEpoch} is the request's time plus this; null: empty, as observed
     * @param isSecure    the content policy's {@code IsSecure} (false observed)
     */
    public record DefaultPolicies(
            @PositiveOrZero long foregroundQosBps,
            @PositiveOrZero long backgroundQosBps,
            @NotNull Duration maxCacheAge,
            Duration expireAfter,
            @NotNull Duration downloadToExpire,
            boolean isSecure) {
    }

    /** Where the catalog persists; empty: it lives in memory. */
    public Optional<Path> dataDirectory() {
        return pathOf(dataDir);
    }

    public Optional<Path> seedDirectory() {
        return pathOf(seedDir);
    }

    private static Optional<Path> pathOf(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }
}
