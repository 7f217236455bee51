package org.docloudmock.kv.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.docloudmock.kv.KeyValueProperties;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static KeyValueProperties properties(String contentPolicyUrl, Map<String, Object> deviceConfig) {
        return new KeyValueProperties(contentPolicyUrl, "http://discovery.lab.example:8084", List.of("WU Client Download"),
                deviceConfig, Map.of("DE", Map.of("Array_MaxPeers", 20)), Map.of(), Map.of());
    }

    @Test
    void templatesAreBuiltFromTheBaseUrlsWithOneSlashAndNoQuery() {
        for (String base : List.of("http://cp.lab.example:8083/", "http://cp.lab.example:8083")) {
            Map<String, Object> keys = new Bootstrap(properties(base, Map.of("Array_MaxPeers", 50)), new SimpleMeterRegistry()).keysFor(null, null, null);

            assertThat(keys)
                    .containsEntry(BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI, "http://cp.lab.example:8083/")
                    .containsEntry(BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI,
                            "http://cp.lab.example:8083/content/{contentId}/contentpolicy")
                    .containsEntry(BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI, "http://discovery.lab.example:8084/disc/{contentId}")
                    .containsEntry(BootstrapKeys.REGISTERED_CALLERS_FILTER_LIST, List.of("WU Client Download"));
        }
    }

    @Test
    void endpointsComeFirstThenTheDeviceConfigurationOfTheClient() {
        Map<String, Object> keys = new Bootstrap(properties("http://cp/", Map.of("Array_MaxPeers", 50)), new SimpleMeterRegistry())
                .keysFor("DE", null, null);

        assertThat(keys.keySet()).containsExactly(BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI,
                BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI, BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI,
                BootstrapKeys.REGISTERED_CALLERS_FILTER_LIST, BootstrapKeys.MAX_PEERS);
        assertThat(keys).containsEntry(BootstrapKeys.MAX_PEERS, 20);
    }

    @Test
    void requestsAreCountedByTheOverrideLayersApplied() {
        MeterRegistry meters = new SimpleMeterRegistry();
        Bootstrap bootstrap = new Bootstrap(properties("http://cp/", Map.of("Array_MaxPeers", 50)), meters);

        bootstrap.keysFor("DE", null, null);
        bootstrap.keysFor("de", 768, "unknown-eid");
        bootstrap.keysFor("FR", null, null);

        assertThat(meters.get("docloud.kv.bootstraps").tag("overrides", "country").counter().count()).isEqualTo(2);
        assertThat(meters.get("docloud.kv.bootstraps").tag("overrides", "none").counter().count()).isEqualTo(1);
        assertThat(meters.find("docloud.kv.bootstraps").counters()).hasSize(8)
                .extracting(counter -> counter.getId().getTag("overrides"))
                .contains("country+profile+eid", "profile+eid", "eid");
    }
}
