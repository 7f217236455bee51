package org.docloudmock.array;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param peerTtl            a peer that has not joined for this long is dropped
 * @param sweepInterval      how often expired peers are looked for
 * @param maxPeersWanted     the most peers one join gets, whatever its PeersWanted; also what a join without PeersWanted gets
 * @param reannounceInterval the ReannounceIntervalSecs handed to clients
 */
@Validated
@ConfigurationProperties("docloud.array")
record ArrayProperties(
        @NotNull @DurationMin(seconds = 1) Duration peerTtl,
        @NotNull @DurationMin(millis = 100) Duration sweepInterval,
        @Min(1) int maxPeersWanted,
        @NotNull @DurationMin(seconds = 1) Duration reannounceInterval) {

    @AssertTrue(message = "docloud.array.peer-ttl must be longer than docloud.array.reannounce-interval, or peers expire between two joins")
    public boolean isPeerTtlLongerThanReannounceInterval() {
        return peerTtl == null || reannounceInterval == null || peerTtl.compareTo(reannounceInterval) > 0;
    }
}
