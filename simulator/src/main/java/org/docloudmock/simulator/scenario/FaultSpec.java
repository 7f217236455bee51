package org.docloudmock.simulator.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.docloudmock.support.service.ServiceEndpoint;

/** A fault rule (SPEC 9) put on one service while the scenario runs: the cloud down, slow or failing. */
public record FaultSpec(ServiceEndpoint service, String path, String method, Integer status, Integer delayMs,
                        boolean drop, Double probability, Integer count, Long seed) {

    /** The rule as {@code PUT /admin/faults} takes it. */
    public Map<String, Object> rule() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("Path", path);
        putIfSet(rule, "Method", method);
        putIfSet(rule, "Status", status);
        putIfSet(rule, "DelayMs", delayMs);
        rule.put("Drop", drop);
        putIfSet(rule, "Probability", probability);
        putIfSet(rule, "Count", count);
        putIfSet(rule, "Seed", seed);
        return rule;
    }

    private static void putIfSet(Map<String, Object> rule, String key, Object value) {
        if (value != null) {
            rule.put(key, value);
        }
    }
}
