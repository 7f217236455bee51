package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;

class ServicePortsTest {

    @Test
    void eachServiceGetsAFreePortOfItsOwnUnlessItsPortIsGiven() {
        ServicePorts ports = ServicePorts.choose(Map.of("docloud.array.port", "9085", "docloud.geo.port", "0"));

        Set<Integer> chosen = new HashSet<>();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            chosen.add(ports.port(service));
        }
        assertThat(chosen).hasSize(5).allMatch(port -> port > 0);
        assertThat(ports.port(ServiceEndpoint.ARRAY)).isEqualTo(9085);
    }

    @Test
    void everyServiceLearnsEveryPortThroughItsEnvironment() {
        ServicePorts ports = ServicePorts.choose(Map.of("docloud.content-policy.port", "9083"));

        assertThat(ports.environment()).containsEntry("DOCLOUD_CONTENT_POLICY_PORT", "9083")
                .containsKeys("DOCLOUD_GEO_PORT", "DOCLOUD_KV_PORT", "DOCLOUD_DISCOVERY_PORT", "DOCLOUD_ARRAY_PORT")
                .hasSize(5);
        assertThat(ports.baseUrls("localhost")).containsEntry(ServiceEndpoint.CONTENT_POLICY, "http://localhost:9083");
    }

    @Test
    void aPortThatIsNoNumberIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ServicePorts.choose(Map.of("docloud.kv.port", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("docloud.kv.port must be a port number, not: eighty");
    }
}
