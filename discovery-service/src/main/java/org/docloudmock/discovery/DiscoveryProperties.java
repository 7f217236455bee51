package org.docloudmock.discovery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Array instances are: {@code arrayUrls}, unless {@code arrayDnsName} is set; then every
 * address that name resolves to, as {@code arrayDnsScheme://address:arrayDnsPort/}, re-resolved every
 * {@code arrayDnsRefreshInterval}.
 */
@Validated
@ConfigurationProperties("docloud.discovery")
record DiscoveryProperties(
        @NotNull List<String> arrayUrls,
        String arrayDnsName,
        @Min(1) @Max(65535) int arrayDnsPort,
        @NotNull @Pattern(regexp = "https?") String arrayDnsScheme,
        @NotNull @DurationMin(millis = 100) Duration arrayDnsRefreshInterval) {

    boolean usesDns() {
        return arrayDnsName != null && !arrayDnsName.isBlank();
    }
}
