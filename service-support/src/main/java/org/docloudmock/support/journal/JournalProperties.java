package org.docloudmock.support.journal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How many requests the journal keeps (oldest dropped first) and which request headers it records. */
@Validated
@ConfigurationProperties("docloud.journal")
record JournalProperties(
        @DefaultValue("1000") @Min(1) int capacity,
        @DefaultValue({"User-Agent", "X-Forwarded-For", "Content-Type", "Range", "If-None-Match"}) @NotNull List<String> headers) {
}
