package org.docloudmock.testcontainers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;

/** The Spring properties and admin token a test gives, and how a container running services gets them. */
final class ServiceSettings {

    static final String ADMIN_TOKEN = "docloud.admin.token";
    /** Five JVMs starting at once on a loaded 2-core CI machine. */
    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private final Map<String, String> properties = new LinkedHashMap<>();

    void property(String name, String value) {
        if (name == null || name.isBlank() || value == null) {
            throw new IllegalArgumentException("a property needs a name and a value: " + name + "=" + value);
        }
        properties.put(name, value);
    }

    Map<String, String> properties() {
        return properties;
    }

    String adminToken() {
        return properties.get(ADMIN_TOKEN);
    }

    /**
     * Listens on every interface, on the ports chosen (published to the same host ports), advertises the Docker
     * host. The images' entrypoint adds the container's gateway, where requests from the Docker host come from,
     * to the trusted proxies ({@code DOCLOUD_TRUST_GATEWAY}): without it every device of a test would be one
     * device at {@code 172.17.0.1}, and {@code X-Forwarded-For} could not put devices behind simulated NATs.
     * The test's properties come last, as command-line arguments, so they win (and keep their exact names,
     * which environment variables would not).
     */
    void apply(GenericContainer<?> container, ServicePorts ports, Collection<ServiceEndpoint> served) {
        container.addEnv("DOCLOUD_BIND_ADDRESS", "0.0.0.0");
        container.addEnv("DOCLOUD_ADVERTISED_HOST", container.getHost());
        container.addEnv("DOCLOUD_TRUST_GATEWAY", "true");
        // C1 alone: a test's services stop before C2's compiles would pay off, and it halves a start-up's CPU
        // (docs/testing.md, "In a JUnit 5 test"); the all-in-one image starts this way already
        container.addEnv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
        ports.environment().forEach(container::addEnv);
        container.setCommand(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new));
        List<String> bindings = new ArrayList<>();
        WaitAllStrategy ready = new WaitAllStrategy().withStartupTimeout(STARTUP_TIMEOUT);
        for (ServiceEndpoint service : served) {
            int port = ports.port(service);
            // exposed as well as bound: the wait strategy only probes exposed ports
            container.addExposedPort(port);
            bindings.add(port + ":" + port);
            ready.withStrategy(Wait.forHttp("/actuator/health/readiness").forPort(port).forStatusCode(200));
        }
        container.setPortBindings(bindings);
        // the image's own health check, for docker ps and anyone watching the engine
        container.addEnv("DOCLOUD_HEALTH_PORTS", served.stream().map(service -> String.valueOf(ports.port(service)))
                .collect(Collectors.joining(" ")));
        container.setWaitStrategy(ready);
    }
}
