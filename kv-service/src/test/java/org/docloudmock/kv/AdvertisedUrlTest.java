package org.docloudmock.kv;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.support.service.PreparedEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;

/** The URLs KeyValue advertises by default, from the environment it starts with. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        return PreparedEnvironment.of(KeyValueApplication.class, args);
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
