package org.docloudmock.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * docker-compose.yml started as a user starts it, under a project name of its own, with docker-compose
 * (Compose 1.29, the one Debian ships) and docker/wait-healthy.sh; closing it runs `down -v`.
 */
final class ComposeProject implements AutoCloseable {

    final String name;
    private final Map<String, String> environment;
    private final List<String> files = new ArrayList<>(List.of("-f", "docker-compose.yml"));

    ComposeProject(String name, Map<String, String> environment, Path... overrides) {
        this.name = name + "-" + ProcessHandle.current().pid();
        this.environment = new HashMap<>(environment);
        // generous for a loaded machine: the tests that time the start assert their own limit
        this.environment.putIfAbsent("WAIT_TIMEOUT", "600");
        this.environment.put("DOCLOUD_IMAGE_TAG", Images.TAG);
        for (Path override : overrides) {
            files.add("-f");
            files.add(override.toAbsolutePath().toString());
        }
    }

    /**
     * `docker-compose up -d` with these arguments, then docker/wait-healthy.sh, as docs/running.md says (the wait
     * runs even when `up` failed: it names the service that did); the output of both.
     */
    Shell.Result up(String... arguments) {
        List<String> command = compose("up", "-d", "--no-build");
        command.addAll(List.of(arguments));
        Shell.Result up = Shell.run(environment, Duration.ofMinutes(12), command);
        Shell.Result healthy = waitHealthy();
        int exitCode = up.succeeded() ? healthy.exitCode() : up.exitCode();
        return new Shell.Result(command, exitCode, up.output() + healthy.output());
    }

    Shell.Result waitHealthy() {
        List<String> wait = new ArrayList<>(List.of("docker/wait-healthy.sh", "-p", name));
        wait.addAll(files);
        return Shell.run(environment, Duration.ofMinutes(12), wait);
    }

    Shell.Result compose(List<String> arguments) {
        List<String> command = compose(arguments.toArray(String[]::new));
        return Shell.run(environment, Duration.ofMinutes(12), command);
    }

    /** The container ids of a service, one per replica. */
    List<String> containers(String service) {
        String ids = compose(List.of("ps", "-q", service)).orFail();
        return ids.isEmpty() ? List.of() : List.of(ids.split("\\s+"));
    }

    String inspect(String container, String format) {
        return Shell.run("docker", "inspect", "-f", format, container).orFail();
    }

    String network() {
        return name + "_default";
    }

    /** Everything of this project the engine still has: containers, networks, volumes (by compose's label). */
    List<String> leftovers() {
        List<String> left = new ArrayList<>();
        String label = "label=com.docker.compose.project=" + name;
        for (List<String> listing : List.of(
                List.of("docker", "ps", "-a", "-q", "--filter", label),
                List.of("docker", "network", "ls", "-q", "--filter", label),
                List.of("docker", "volume", "ls", "-q", "--filter", label))) {
            String found = Shell.run(listing.toArray(String[]::new)).orFail();
            if (!found.isEmpty()) {
                left.add(String.join(" ", listing.subList(0, 2)) + ": " + found.replace('\n', ' '));
            }
        }
        return left;
    }

    void down() {
        compose(List.of("down", "-v", "--remove-orphans", "--timeout", "5")).orFail();
        assertThat(leftovers()).as("what `down -v` left of project " + name).isEmpty();
    }

    @Override
    public void close() {
        if (!leftovers().isEmpty()) {
            down();
        }
    }

    private List<String> compose(String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker-compose", "-p", name));
        command.addAll(files);
        command.addAll(List.of(arguments));
        return command;
    }
}
