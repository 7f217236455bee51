package org.docloudmock.support.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The environment a service starts with (its yml and the shared defaults), prepared as Spring Boot prepares it
 * but without a context: for the services' tests of the URLs they advertise (shared through the test jar).
 */
public final class PreparedEnvironment {

    private PreparedEnvironment() {
    }

    public static ConfigurableEnvironment of(Class<?> application, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new EnvironmentPostProcessorApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(application), args, environment));
        return environment;
    }
}
