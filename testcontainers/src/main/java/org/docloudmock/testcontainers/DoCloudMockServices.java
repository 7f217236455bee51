package org.docloudmock.testcontainers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.DoCloudMockRuntimeInfo;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.lifecycle.TestDescription;
import org.testcontainers.lifecycle.TestLifecycleAware;

/**
 * DO Cloud Mock as docker-compose runs it: the five service images ({@code docloud-mock/geo-service} and so on),
 * one container each, on a network of their own where each is known by its service name ({@code kv-service}).
 * Each service listens on a free port of the Docker host, published to the same host port, so the URLs they hand
 * out work from the test. Properties and the admin token go to every service. {@link #stop()} removes the five
 * containers and the network; a failed start removes what it had started.
 * <pre>{@code
 * @Container
 * static DoCloudMockServices cloud = new DoCloudMockServices().withAdminToken("s3cret");
 * }</pre>
 */
public class DoCloudMockServices implements DoCloudMockEndpoints, Startable, TestLifecycleAware {

    static {
        ShutdownHookReaper.installUnlessConfigured();
    }

    private final ServiceSettings settings = new ServiceSettings();
    private final Map<ServiceEndpoint, GenericContainer<?>> containers = new EnumMap<>(ServiceEndpoint.class);
    private final Map<ServiceEndpoint, ContainerOutput> outputs = new EnumMap<>(ServiceEndpoint.class);
    private Network network;
    private DoCloudMockRuntimeInfo runtimeInfo;

    /** A Spring property every service gets, such as {@code docloud.array.peer-ttl=5m}. */
    public DoCloudMockServices withProperty(String name, String value) {
        settings.property(name, value);
        return this;
    }

    /** Sets {@code docloud.admin.token}: admin calls then need it, and {@code admin()} sends it. */
    public DoCloudMockServices withAdminToken(String token) {
        return withProperty(ServiceSettings.ADMIN_TOKEN, token);
    }

    /** Starts the five containers at once and waits until each service is ready; on failure, removes them all. */
    @Override
    public synchronized void start() {
        if (runtimeInfo != null) {
            return;
        }
        ServicePorts ports = ServicePorts.choose(settings.properties());
        try {
            network = Network.newNetwork();
            for (ServiceEndpoint service : ServiceEndpoint.values()) {
                ContainerOutput output = new ContainerOutput(service.serviceName());
                GenericContainer<?> container = new GenericContainer<>(DoCloudMockImages.service(service))
                        .withImagePullPolicy(new BuiltImagePolicy(service.serviceName()))
                        .withNetwork(network)
                        .withNetworkAliases(service.serviceName())
                        .withLogConsumer(output);
                settings.apply(container, ports, List.of(service));
                containers.put(service, container);
                outputs.put(service, output);
            }
            Startables.deepStart(containers.values()).join();
        } catch (RuntimeException e) {
            RuntimeException failure = e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
            outputs.values().forEach(output -> output.print("DO Cloud Mock's services did not start: " + failure.getMessage(), System.err));
            stop();
            throw failure;
        }
        runtimeInfo = DoCloudMockRuntimeInfo.of(ports.baseUrls(containers.get(ServiceEndpoint.GEO).getHost()),
                settings.adminToken());
    }

    /** Removes the containers, then their network; safe to call twice, and after a failed start. */
    @Override
    public synchronized void stop() {
        try {
            containers.values().parallelStream().forEach(GenericContainer::stop);
        } finally {
            containers.clear();
            outputs.clear();
            runtimeInfo = null;
            if (network != null) {
                network.close();
                network = null;
            }
        }
    }

    @Override
    public synchronized DoCloudMockRuntimeInfo runtimeInfo() {
        if (runtimeInfo == null) {
            throw new IllegalStateException("DO Cloud Mock's services are not running: start() them, or use @Container");
        }
        return runtimeInfo;
    }

    /** One service's container, to read its logs or inspect it. */
    public synchronized GenericContainer<?> container(ServiceEndpoint service) {
        runtimeInfo();
        return containers.get(service);
    }

    /** The network the five share, for a container of the test's own that should reach them by service name. */
    public synchronized Network network() {
        runtimeInfo();
        return network;
    }

    @Override
    public synchronized void afterTest(TestDescription description, Optional<Throwable> failure) {
        failure.ifPresent(cause -> outputs.values().forEach(
                output -> output.print(description.getFilesystemFriendlyName() + " failed", System.err)));
    }
}
