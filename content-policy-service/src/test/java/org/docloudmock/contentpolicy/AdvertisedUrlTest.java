package org.docloudmock.contentpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.support.service.PreparedEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;

/** The URLs Content Policy advertises by default, from the environment it starts with. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        return PreparedEnvironment.of(ContentPolicyApplication.class, args);
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
