package org.docloudmock.kv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The environment KeyValue starts with (its yml and the shared defaults), prepared as Spring Boot does, without a context. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new EnvironmentPostProcessorApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(KeyValueApplication.class), args, environment));
        return environment;
    }

    @Test
    void theContentPolicyAndDiscoveryUrlsFollowTheAdvertisedScheme() {
        ConfigurableEnvironment plain = environment();
        ConfigurableEnvironment tls = environment("--docloud.tls.enabled=true");

        assertThat(plain.getProperty("docloud.kv.content-policy-url")).isEqualTo("http://localhost:8083/");
        assertThat(plain.getProperty("docloud.kv.discovery-url")).isEqualTo("http://localhost:8084/");
        assertThat(tls.getProperty("docloud.kv.content-policy-url")).isEqualTo("https://localhost:8083/");
        assertThat(tls.getProperty("docloud.kv.discovery-url")).isEqualTo("https://localhost:8084/");
    }
}
