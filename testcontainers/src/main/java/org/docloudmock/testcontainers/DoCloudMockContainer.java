package org.docloudmock.testcontainers;

import java.util.EnumSet;
import java.util.Optional;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.DoCloudMockRuntimeInfo;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.lifecycle.TestDescription;
import org.testcontainers.lifecycle.TestLifecycleAware;
import org.testcontainers.utility.DockerImageName;

/**
 * DO Cloud Mock in one container, the all-in-one image ({@code docloud-mock/suite}): the five services, each
 * on a free port of the Docker host that is also the port it listens on inside, so the URLs they hand out
 * ({@code KeyValue_EndpointFullUri} and the rest) work from the test.
 * <pre>{@code
 * @Container
 * static DoCloudMockContainer cloud = new DoCloudMockContainer()
 *         .withProperty("docloud.array.peer-ttl", "5m")
 *         .withAdminToken("s3cret");
 * }</pre>
 * Requests from the test come through the Docker network's gateway, which the services trust as a proxy:
 * {@code X-Forwarded-For} puts a test's devices behind simulated NATs. When a test fails (with
 * {@code @Testcontainers}) or the container does not start, its output goes to standard error.
 */
public class DoCloudMockContainer extends GenericContainer<DoCloudMockContainer> implements DoCloudMockEndpoints, TestLifecycleAware {

    static {
        ShutdownHookReaper.installUnlessConfigured();
    }

    private final ServiceSettings settings = new ServiceSettings();
    private final ContainerOutput output;
    private ServicePorts ports;
    private DoCloudMockRuntimeInfo runtimeInfo;

    /** The image of this module's version, {@code docloud-mock/suite:0.1.0-SNAPSHOT}. */
    public DoCloudMockContainer() {
        this(DoCloudMockImages.suite());
    }

    public DoCloudMockContainer(DockerImageName image) {
        super(image);
        output = new ContainerOutput(image.asCanonicalNameString());
        withLogConsumer(output);
        withImagePullPolicy(new BuiltImagePolicy("suite"));
    }

    /** A Spring property of the services (any of docs/configuration.md), such as {@code docloud.array.peer-ttl=5m}. */
    public DoCloudMockContainer withProperty(String name, String value) {
        settings.property(name, value);
        return self();
    }

    /** Sets {@code docloud.admin.token}: admin calls then need it, and {@code admin()} sends it. */
    public DoCloudMockContainer withAdminToken(String token) {
        return withProperty(ServiceSettings.ADMIN_TOKEN, token);
    }

    @Override
    protected void configure() {
        ports = ServicePorts.choose(settings.properties());
        settings.apply(this, ports, EnumSet.allOf(ServiceEndpoint.class));
        runtimeInfo = null;
    }

    @Override
    public void start() {
        try {
            super.start();
        } catch (RuntimeException e) {
            output.print("it did not start: " + e.getMessage(), System.err);
            throw e;
        }
    }

    @Override
    public DoCloudMockRuntimeInfo runtimeInfo() {
        if (getContainerId() == null || ports == null) {
            throw new IllegalStateException("DO Cloud Mock's container is not running: start() it, or use @Container");
        }
        if (runtimeInfo == null) {
            runtimeInfo = DoCloudMockRuntimeInfo.of(ports.baseUrls(getHost()), settings.adminToken());
        }
        return runtimeInfo;
    }

    /** What the container wrote so far (its last 2,000 lines). */
    public String output() {
        return output.text();
    }

    @Override
    public void afterTest(TestDescription description, Optional<Throwable> failure) {
        failure.ifPresent(cause -> output.print(description.getFilesystemFriendlyName() + " failed", System.err));
    }
}
