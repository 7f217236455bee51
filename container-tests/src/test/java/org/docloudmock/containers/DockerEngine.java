package org.docloudmock.containers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a container test only where a Docker engine answers. Elsewhere the tests skip, with one line saying
 * why, except in CI (CI=true): there a missing engine fails the run, so that CI never passes untested.
 */
final class DockerEngine implements ExecutionCondition {

    private static Boolean answers;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (answers()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and no Docker engine answers `docker info`: the container tests"
                    + " cannot run (.ci/run installs docker.io and starts dockerd)");
        }
        return ConditionEvaluationResult.disabled("no Docker engine answers `docker info`: container tests skipped");
    }

    private static synchronized boolean answers() {
        if (answers == null) {
            try {
                answers = Shell.run(Map.of(), Duration.ofSeconds(30), List.of("docker", "info")).succeeded()
                        && Shell.run(Map.of(), Duration.ofSeconds(30), List.of("docker-compose", "version")).succeeded();
            } catch (RuntimeException noDockerCommand) {
                answers = false;
            }
            if (!answers && !"true".equals(System.getenv("CI"))) {
                System.err.println("[container-tests] no Docker engine answers `docker info` (or no docker-compose):"
                        + " container tests skipped");
            }
        }
        return answers;
    }
}
