package org.docloudmock.support.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Adds, below every other property source, the defaults of the service being started. It runs before
 * config files are read so that each service reads its own file: five services share one classpath
 * in the suite, so none of them may own {@code application.yml}.
 */
class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "docloudServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ServiceEndpoint service = application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(source -> AnnotatedElementUtils.findMergedAnnotation((Class<?>) source, DoCloudService.class))
                .filter(annotation -> annotation != null)
                .map(DoCloudService::value)
                .findFirst()
                .orElse(null);
        if (service != null && !environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults(service)));
            environment.getPropertySources().addLast(new AdvertisedScheme(environment));
        }
    }

    static Map<String, Object> defaults(ServiceEndpoint service) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.config.name", service.serviceName() + ",docloud");
        defaults.put("spring.application.name", service.serviceName());
        defaults.put("docloud.bind-address", "127.0.0.1");
        defaults.put("docloud.advertised-host", "localhost");
        for (ServiceEndpoint each : ServiceEndpoint.values()) {
            defaults.put(each.portProperty(), each.defaultPort());
            defaults.put(each.hostProperty(), "${docloud.advertised-host}");
        }
        defaults.put("server.port", "${" + service.portProperty() + "}");
        defaults.put("server.address", "${docloud.bind-address}");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // ready once start-up is over and every ReadinessCheck of the service is ready
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,readinessChecks");
        defaults.put("management.endpoint.health.group.readiness.show-details", "always");
        defaults.put("management.metrics.tags.application", service.serviceName());
        limits(defaults);
        return defaults;
    }

    /** Every size a request may have, and how long it may take (docs/operating.md, "Limits"). */
    private static void limits(Map<String, Object> defaults) {
        defaults.put("docloud.limits.max-body-size", "64KB");
        defaults.put("docloud.limits.max-admin-body-size", "16MB");
        defaults.put("docloud.limits.body-timeout", "10s");
        defaults.put("server.max-http-request-header-size", "8KB");
        defaults.put("server.tomcat.max-parameter-count", "1000");
        defaults.put("server.tomcat.max-http-form-post-size", "64KB");
        // the longest a connection may stay silent: in the headers, between body packets, or not reading an answer
        defaults.put("server.tomcat.connection-timeout", "20s");
        // DO sends integers: 3.7 for an integer field is a mistake, not 3 (a number in a string stays possible)
        defaults.put("spring.jackson.deserialization.accept-float-as-int", "false");
    }

    /**
     * {@code docloud.advertised-scheme}, for the URLs a service hands out: {@code https} when
     * {@code docloud.tls.enabled}, else {@code http}. Computed when asked, so that it follows the
     * setting wherever it comes from (a config file is read after this runs).
     */
    static final class AdvertisedScheme extends PropertySource<Object> {

        static final String PROPERTY = "docloud.advertised-scheme";

        // not the source object: Spring Boot would walk into an environment given as one, and loop
        private final ConfigurableEnvironment environment;

        AdvertisedScheme(ConfigurableEnvironment environment) {
            super("docloudAdvertisedScheme");
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            return environment.getProperty("docloud.tls.enabled", Boolean.class, false) ? "https" : "http";
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
