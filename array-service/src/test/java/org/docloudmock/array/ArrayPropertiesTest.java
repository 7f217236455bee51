package org.docloudmock.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ArrayPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class)
            .withPropertyValues("docloud.array.peer-ttl=15m", "docloud.array.sweep-interval=30s",
                    "docloud.array.max-peers-wanted=100", "docloud.array.reannounce-interval=5m");

    @Test
    void bindsDurationsAndTheCap() {
        context.run(started -> {
            ArrayProperties properties = started.getBean(ArrayProperties.class);
            assertThat(properties.peerTtl()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.maxPeersWanted()).isEqualTo(100);
        });
    }

    @Test
    void peerTtlNoLongerThanTheReannounceIntervalFailsStartUp() {
        context.withPropertyValues("docloud.array.peer-ttl=5m").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("peer-ttl must be longer than"));
    }

    @Test
    void capBelowOneFailsStartUp() {
        context.withPropertyValues("docloud.array.max-peers-wanted=0").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("maxPeersWanted"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ArrayProperties.class)
    static class Binding {
    }
}
