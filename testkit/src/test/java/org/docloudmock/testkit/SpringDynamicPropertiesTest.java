package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import tools.jackson.databind.json.JsonMapper;

/** A Spring application under test gets the suite's URLs as its own properties (the Spring example of docs/testing.md). */
@SpringJUnitConfig(SpringDynamicPropertiesTest.DoClientConfiguration.class)
class SpringDynamicPropertiesTest {

    @RegisterExtension
    static DoCloudMockExtension cloud = DoCloudMockExtension.newInstance()
            .property("docloud.array.reannounce-interval", "10s")
            .reuseAcrossClasses(true)
            .build();

    @DynamicPropertySource
    static void doCloudUrls(DynamicPropertyRegistry registry) {
        registry.add("do.geo-url", () -> cloud.runtimeInfo().geoUrl());
    }

    @Autowired
    GeoClient geo;

    @Test
    void theApplicationReachesGeoAtTheUrlItWasGiven() throws Exception {
        assertThat(geo.url()).isEqualTo(cloud.runtimeInfo().geoUrl());
        assertThat(geo.countryCode()).isEqualTo("US");
    }

    /** The application's own client, configured by a property as it would be in production. */
    record GeoClient(String url) {

        String countryCode() throws Exception {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString()).body();
            return JsonMapper.builder().build().readTree(body).get("CountryCode").asString();
        }
    }

    @Configuration
    static class DoClientConfiguration {

        @Bean
        GeoClient geoClient(@Value("${do.geo-url}") String url) {
            return new GeoClient(url);
        }
    }
}
