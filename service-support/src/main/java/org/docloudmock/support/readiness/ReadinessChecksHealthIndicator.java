package org.docloudmock.support.readiness;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Up when every {@link ReadinessCheck} is; part of the readiness group (see ServiceDefaults). */
class ReadinessChecksHealthIndicator implements HealthIndicator {

    private final Map<String, ReadinessCheck> checks;

    ReadinessChecksHealthIndicator(Map<String, ReadinessCheck> checks) {
        this.checks = Map.copyOf(checks);
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        checks.forEach((name, check) -> {
            boolean ready = check.ready();
            health.withDetail(name, ready ? "ready" : "starting");
            if (!ready) {
                health.outOfService();
            }
        });
        return health.build();
    }
}
