package org.docloudmock.support.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

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
        defaults.put("management.metrics.tags.application", service.serviceName());
        return defaults;
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
