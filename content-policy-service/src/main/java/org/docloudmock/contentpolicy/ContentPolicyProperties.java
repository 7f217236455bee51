package org.docloudmock.contentpolicy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The content catalog and the policies handed out. {@code publicUrl} defaults, in
 * {@code content-policy-service.yml}, to {@code docloud.content-policy.public-url}.
 */
@Validated
@ConfigurationProperties("docloud.content")
public record ContentPolicyProperties(
        @NotBlank String publicUrl,
        @NotNull DataSize maxContentSize,
        @Valid @NotNull DefaultPolicies defaultPolicies) {

    /** Policies of every content that does not set its own. */
    public record DefaultPolicies(
            @PositiveOrZero long foregroundQosBps,
            @PositiveOrZero long backgroundQosBps,
            @NotNull Duration maxCacheAge,
            @NotNull Duration expireAfter,
            @NotNull Duration downloadToExpire) {
    }
}
