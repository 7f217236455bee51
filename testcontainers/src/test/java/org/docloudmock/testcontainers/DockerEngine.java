package org.docloudmock.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests run where a Docker engine answers, on images built from this checkout's jars. Without an
 * engine they are skipped, with one line saying so, except in CI ({@code CI=true}), where they fail: CI must
 * prove the containers. Images missing or older than their jars are built with {@code docker/build-images.sh}
 * before the class starts.
 */
final class DockerEngine implements ExecutionCondition, BeforeAllCallback {

    /** The images a test class needs, as {@code docker/build-images.sh} names them ({@code suite}, {@code geo-service}). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(DockerEngine.class)
    @interface Needs {
        String[] value();
    }

    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();
    private static boolean skipReported;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and no Docker engine answers: the container tests must run in CI "
                    + "(.ci/run starts dockerd)");
        }
        synchronized (DockerEngine.class) {
            if (!skipReported) {
                skipReported = true;
                System.err.println("No Docker engine answers: DO Cloud Mock's container tests are skipped (with CI=true they fail)");
            }
        }
        return ConditionEvaluationResult.disabled("no Docker engine");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String[] images = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Needs.class)
                .map(Needs::value).orElse(new String[0]);
        List<String> missing = new ArrayList<>();
        for (String image : images) {
            if (!upToDate(image)) {
                missing.add(image);
            }
        }
        if (!missing.isEmpty()) {
            build(missing);
        }
    }

    /** {@code docloud-mock/<name>:<version>}, as the module's image names have it. */
    static String imageName(String name) {
        if (name.equals("suite")) {
            return DoCloudMockImages.suite().asCanonicalNameString();
        }
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            if (service.serviceName().equals(name)) {
                return DoCloudMockImages.service(service).asCanonicalNameString();
            }
        }
        throw new IllegalArgumentException("no such image: " + name);
    }

    /** In the engine, and built after the jar it holds: an image of an older build would test old code. */
    private static boolean upToDate(String name) throws IOException {
        Instant created;
        try {
            created = Instant.parse(DockerClientFactory.instance().client().inspectImageCmd(imageName(name)).exec().getCreated());
        } catch (NotFoundException e) {
            return false;
        }
        Path jar = REPOSITORY_ROOT.resolve(name.equals("suite") ? "suite/target/docloud-suite.jar" : name + "/target/" + name + ".jar");
        return !Files.exists(jar) || Files.getLastModifiedTime(jar).toInstant().isBefore(created);
    }

    private static void build(List<String> images) throws IOException, InterruptedException {
        Path script = REPOSITORY_ROOT.resolve("docker/build-images.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("images " + images + " are missing and " + script + " is not there to build them");
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(images);
        System.err.println("Building images missing or older than their jars: " + String.join(" ", command));
        Process build = new ProcessBuilder(command).directory(REPOSITORY_ROOT.toFile()).inheritIO().start();
        if (!build.waitFor(20, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new IllegalStateException(script + " " + images + " did not finish within 20 minutes");
        }
        if (build.exitValue() != 0) {
            throw new IllegalStateException(script + " " + images + " failed with exit code " + build.exitValue());
        }
    }
}
