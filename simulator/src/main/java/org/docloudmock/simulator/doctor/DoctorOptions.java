package org.docloudmock.simulator.doctor;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Options every doctor check takes. */
final class DoctorOptions {

    @Option(names = "--json", description = "print the checks as JSON")
    boolean json;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "the services' admin token, if they need one")
    String adminToken;

    @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "how long to wait for each answer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }
}
