package org.docloudmock.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the commands a user types (docker, docker-compose, the scripts in docker/) from the repository root. */
final class Shell {

    static final Path REPO = Path.of(System.getenv().getOrDefault("DOCLOUD_REPO", "..")).toAbsolutePath().normalize();

    record Result(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** The output, for a test that needs the command to have worked. */
        String orFail() {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + exitCode + ":\n" + output);
            }
            return output.strip();
        }
    }

    private Shell() {
    }

    static Result run(String... command) {
        return run(Map.of(), Duration.ofMinutes(5), List.of(command));
    }

    /** Runs the command with these variables added to this JVM's environment; stdout and stderr together. */
    static Result run(Map<String, String> environment, Duration timeout, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // read while it runs, so that it never blocks on a full pipe
            var stream = process.getInputStream();
            var collected = new ByteArrayOutputStream();
            Thread copier = new Thread(() -> {
                try {
                    stream.transferTo(collected);
                } catch (IOException ignored) {
                    // the process was killed; what was read is kept
                }
            });
            copier.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                copier.join(5_000);
                throw new AssertionError(String.join(" ", command) + " did not end within " + timeout + ":\n"
                        + collected.toString(StandardCharsets.UTF_8));
            }
            copier.join();
            return new Result(command, process.exitValue(), collected.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }
}
