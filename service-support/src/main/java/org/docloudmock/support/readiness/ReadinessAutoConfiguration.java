package org.docloudmock.support.readiness;

import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Lets a service hold readiness back until its own start-up work is done: see {@link ReadinessCheck}. */
@AutoConfiguration
class ReadinessAutoConfiguration {

    /** The name {@code readinessChecks} is what the readiness group includes. */
    @Bean
    ReadinessChecksHealthIndicator readinessChecksHealthIndicator(Map<String, ReadinessCheck> checks) {
        return new ReadinessChecksHealthIndicator(checks);
    }
}
