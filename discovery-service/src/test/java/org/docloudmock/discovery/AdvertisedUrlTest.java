package org.docloudmock.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.support.service.PreparedEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;

/** The URLs Discovery advertises by default, from the environment it starts with. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        return PreparedEnvironment.of(DiscoveryApplication.class, args);
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
