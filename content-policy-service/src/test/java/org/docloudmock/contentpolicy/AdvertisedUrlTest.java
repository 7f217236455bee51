package org.docloudmock.contentpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The environment Content Policy starts with (its yml and the shared defaults), prepared as Spring Boot does, without a context. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        new EnvironmentPostProcessorApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(ContentPolicyApplication.class), args, environment));
        return environment;
    }

    @Test
    void thePublicUrlFollowsTheAdvertisedSchemeUnlessSet() {
        assertThat(environment().getProperty("docloud.content.public-url")).isEqualTo("http://localhost:8083");
        assertThat(environment("--docloud.tls.enabled=true").getProperty("docloud.content.public-url"))
                .isEqualTo("https://localhost:8083");
        assertThat(environment("--docloud.tls.enabled=true", "--docloud.content-policy.public-url=http://cdn.lab.example")
                .getProperty("docloud.content.public-url")).isEqualTo("http://cdn.lab.example");
    }
}
