package org.docloudmock.support.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdvertisedSchemeTest {

    static MockEnvironment withScheme(MockEnvironment environment) {
        environment.getPropertySources().addLast(new ServiceDefaults.AdvertisedScheme(environment));
        return environment;
    }

    @Test
    void httpUnlessTlsIsOn() {
        assertThat(withScheme(new MockEnvironment()).getProperty("docloud.advertised-scheme")).isEqualTo("http");
        assertThat(withScheme(new MockEnvironment().withProperty("docloud.tls.enabled", "true"))
                .getProperty("docloud.advertised-scheme")).isEqualTo("https");
    }

    @Test
    void aSchemeSetOnPurposeWins() {
        MockEnvironment environment = withScheme(new MockEnvironment().withProperty("docloud.tls.enabled", "true")
                .withProperty("docloud.advertised-scheme", "http"));

        assertThat(environment.resolvePlaceholders("${docloud.advertised-scheme}://host")).isEqualTo("http://host");
    }
}
