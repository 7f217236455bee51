package org.docloudmock.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.docloudmock.support.address.CidrBlock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Binding alone, without a web server: a bad table must stop start-up with a message naming the property. */
class GeoPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GeoProperties.class)
    @Import(CidrBlockConverter.class)
    static class Binding {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class)
            .withPropertyValues(
                    "docloud.geo.default-country=US",
                    "docloud.geo.countries[0].cidr=192.0.2.0/24",
                    "docloud.geo.countries[0].country=DE",
                    "docloud.geo.default-region=default",
                    "docloud.geo.regions.default.key-value-url=http://localhost:8082/all");

    @Test
    void aValidTableBindsWithItsBlocksParsed() {
        context.withPropertyValues("docloud.geo.countries[1].cidr=2001:db8::/32", "docloud.geo.countries[1].country=GB")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    GeoProperties properties = started.getBean(GeoProperties.class);
                    assertThat(properties.countries()).extracting(GeoProperties.CountryRange::cidr)
                            .containsExactly(CidrBlock.parse("192.0.2.0/24"), CidrBlock.parse("2001:db8::/32"));
                    assertThat(properties.regions().get("default").countries()).isEmpty();
                    assertThat(properties.cacheHosts()).isEmpty();
                });
    }

    @Test
    void aBadCidrStopsStartUpNamingThePropertyAndTheValue() {
        context.withPropertyValues("docloud.geo.countries[0].cidr=192.0.2.0/33").run(started -> assertThat(started)
                .getFailure().hasStackTraceContaining("docloud.geo.countries[0].cidr")
                .hasStackTraceContaining("bad prefix length in 192.0.2.0/33"));
        context.withPropertyValues("docloud.geo.cache-hosts[0].cidr=not-a-block", "docloud.geo.cache-hosts[0].host=cache")
                .run(started -> assertThat(started).getFailure()
                        .hasStackTraceContaining("docloud.geo.cache-hosts[0].cidr")
                        .hasStackTraceContaining("[not-a-block]"));
    }

    @Test
    void aRegionNamingNoUrlStopsStartUpNamingTheProperty() {
        context.withPropertyValues("docloud.geo.regions.europe.countries=DE,FR").run(started -> assertThat(started)
                .getFailure().hasStackTraceContaining("regions[europe].keyValueUrl")
                .hasStackTraceContaining("must not be blank"));
    }

    @Test
    void aCountryThatIsNoCountryCodeStopsStartUp() {
        context.withPropertyValues("docloud.geo.countries[0].country=Germany").run(started -> assertThat(started)
                .getFailure().hasStackTraceContaining("countries[0].country")
                .hasStackTraceContaining("two-letter"));
    }
}
