package org.docloudmock.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicReference;
import org.docloudmock.discovery.placement.ArrayInstances;
import org.docloudmock.discovery.placement.DnsArrayUrls;
import org.docloudmock.support.readiness.ReadinessCheck;
import org.junit.jupiter.api.Test;

class DiscoveryConfigurationTest {

    @Test
    void notReadyUntilAnArrayInstanceIsKnown() throws Exception {
        AtomicReference<InetAddress[]> answer = new AtomicReference<>();
        ArrayInstances instances = new ArrayInstances(new DnsArrayUrls("array-service", 8085, "http", host -> {
            if (answer.get() == null) {
                throw new UnknownHostException(host);
            }
            return answer.get();
        }));
        ReadinessCheck arrayInstanceKnown = new DiscoveryConfiguration().arrayInstanceKnown(instances);

        assertThat(arrayInstanceKnown.ready()).isFalse();

        answer.set(new InetAddress[] {InetAddress.getByName("10.0.0.1")});
        instances.refresh();

        assertThat(arrayInstanceKnown.ready()).isTrue();
    }
}
