package org.docloudmock.simulator.scenario;

import java.util.List;
import java.util.Map;

/**
 * A scenario file: one content, the networks (NATs) whose devices download it, faults to put on the cloud
 * while they do, and properties for the embedded suite.
 *
 * @param suite          Spring properties of the embedded suite ({@code docloud.kv.device-config.DOMinFileSizeToCache: 1});
 *                       ignored with a running cloud
 * @param timeoutSeconds the scenario ends then, whatever is still downloading
 * @param seedSeconds    how long finished devices keep serving after the last one finished
 */
public record Scenario(String name, ContentSpec content, List<NetworkSpec> networks, List<FaultSpec> faults,
                       Map<String, Object> suite, int timeoutSeconds, int seedSeconds) {

    public int deviceCount() {
        return networks.stream().mapToInt(NetworkSpec::devices).sum();
    }
}
