package org.docloudmock.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.support.service.PreparedEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;

/** The URLs Geo advertises by default, from the environment it starts with. */
class AdvertisedUrlTest {

    private static ConfigurableEnvironment environment(String... args) {
        return PreparedEnvironment.of(GeoApplication.class, args);
    }

    @Test
    void theKeyValueUrlFollowsTheAdvertisedScheme() {
        assertThat(environment().getProperty("docloud.geo.regions.default.key-value-url"))
                .isEqualTo("http://localhost:8082/all");
        assertThat(environment("--docloud.tls.enabled=true").getProperty("docloud.geo.regions.default.key-value-url"))
                .isEqualTo("https://localhost:8082/all");
    }
}
