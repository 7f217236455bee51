package org.docloudmock.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The environment Discovery starts with (its yml and the shared defaults), prepared as Spring Boot does, without a context. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new EnvironmentPostProcessorApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(DiscoveryApplication.class), args, environment));
        return environment;
    }

    @Test
    void arrayUrlsFollowTheAdvertisedScheme() {
        ConfigurableEnvironment plain = environment();
        ConfigurableEnvironment tls = environment("--docloud.tls.enabled=true");

        assertThat(plain.getProperty("docloud.discovery.array-urls")).isEqualTo("http://localhost:8085/");
        assertThat(plain.getProperty("docloud.discovery.array-dns-scheme")).isEqualTo("http");
        assertThat(tls.getProperty("docloud.discovery.array-urls")).isEqualTo("https://localhost:8085/");
        assertThat(tls.getProperty("docloud.discovery.array-dns-scheme")).isEqualTo("https");
    }
}
