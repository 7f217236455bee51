package org.docloudmock.simulator.doctor;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every doctor check takes. */
final class DoctorOptions {

    @Option(names = "--json", description = "print the checks as JSON")
    boolean json;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "the services' admin token, if they need one")
    String adminToken;

    @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "how long to wait for each answer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Prints the checkup to the command line's output, as --json asks, and answers the exit code. */
    int report(Checkup checkup) {
        PrintWriter out = command.commandLine().getOut();
        checkup.print(out, json);
        out.flush();
        return checkup.exitCode();
    }

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }
}
