package org.docloudmock.deploy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.contentpolicy.ContentPolicyApplication;
import org.docloudmock.discovery.DiscoveryApplication;
import org.docloudmock.geo.GeoApplication;
import org.docloudmock.kv.KeyValueApplication;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * One service started in this JVM with exactly the environment variables a manifest gives its container
 * (in place of this JVM's own), on a free port. Every variable the service looked up on its way up is recorded:
 * Spring Boot's own binding of environment names decides, so a variable no property, placeholder or
 * {@code getProperty} of the service asks for is one the service does not read.
 */
final class StartedService implements AutoCloseable {

    private static final Map<ServiceEndpoint, Class<?>> APPLICATIONS = Map.of(
            ServiceEndpoint.GEO, GeoApplication.class,
            ServiceEndpoint.KV, KeyValueApplication.class,
            ServiceEndpoint.CONTENT_POLICY, ContentPolicyApplication.class,
            ServiceEndpoint.DISCOVERY, DiscoveryApplication.class,
            ServiceEndpoint.ARRAY, ArrayApplication.class);

    final ServiceEndpoint service;
    private final ConfigurableApplicationContext context;
    private final Set<String> read;

    private StartedService(ServiceEndpoint service, ConfigurableApplicationContext context, Set<String> read) {
        this.service = service;
        this.context = context;
        this.read = read;
    }

    static StartedService start(ServiceEndpoint service, Map<String, String> variables) {
        Set<String> read = ConcurrentHashMap.newKeySet();
        Map<String, Object> recording = new HashMap<>(variables) {
            @Override
            public Object get(Object name) {
                Object value = super.get(name);
                if (value != null) {
                    read.add((String) name);
                }
                return value;
            }
        };
        StandardEnvironment environment = new StandardEnvironment();
        // Boot reads a source by this name through its map, with its rules for environment names
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, recording));
        // the listening socket only: the port properties the manifest may set stay as it sets them
        environment.getPropertySources().addFirst(new MapPropertySource("deployTest", Map.of(
                "server.port", "0", "spring.main.banner-mode", "off", "logging.level.root", "warn")));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(APPLICATIONS.get(service))
                .environment(environment).run();
        return new StartedService(service, context, read);
    }

    /** The variables the service looked up, sorted. */
    Set<String> readVariables() {
        return new TreeSet<>(read);
    }

    /** The port the service would listen on as deployed (the manifest's port property, or its default). */
    int configuredPort() {
        return context.getEnvironment().getRequiredProperty(service.portProperty(), Integer.class);
    }

    /** Where it listens in this test. */
    int localPort() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
