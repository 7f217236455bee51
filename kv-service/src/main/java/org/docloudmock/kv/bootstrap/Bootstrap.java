package org.docloudmock.kv.bootstrap;

import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_ID_PLACEHOLDER;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.REGISTERED_CALLERS_FILTER_LIST;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.docloudmock.kv.KeyValueProperties;
import org.docloudmock.kv.bootstrap.DeviceConfiguration.ClientConfiguration;
import org.docloudmock.kv.bootstrap.DeviceConfiguration.OverrideLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The flat key set of {@code GET /all}: the endpoints of the other services, then the device configuration. */
@Component
class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Map<String, Object> endpoints = new LinkedHashMap<>();
    private final DeviceConfiguration deviceConfiguration;
    private final Map<Set<OverrideLayer>, Counter> requestsByLayers = new HashMap<>();

    Bootstrap(KeyValueProperties properties, MeterRegistry meters) {
        String contentPolicy = withTrailingSlash(properties.contentPolicyUrl());
        endpoints.put(CONTENT_POLICY_ENDPOINT_URI, contentPolicy);
        endpoints.put(CONTENT_POLICY_ENDPOINT_FULL_URI, contentPolicy + "content/" + CONTENT_ID_PLACEHOLDER + "/contentpolicy");
        endpoints.put(DISCOVERY_ENDPOINT_FULL_URI, withTrailingSlash(properties.discoveryUrl()) + "disc/" + CONTENT_ID_PLACEHOLDER);
        endpoints.put(REGISTERED_CALLERS_FILTER_LIST, properties.registeredCallers());
        deviceConfiguration = new DeviceConfiguration(properties.deviceConfig(), properties.countryOverrides(),
                properties.profileOverrides(), properties.eidOverrides());
        log.info("KeyValue: content policy at {}, discovery at {}, {} device configuration keys, {} overrides",
                contentPolicy, endpoints.get(DISCOVERY_ENDPOINT_FULL_URI), properties.deviceConfig().size(),
                deviceConfiguration.overrideCount());
        // every combination of layers up front: eight series, each there from the start
        for (int combination = 0; combination < 1 << OverrideLayer.values().length; combination++) {
            Set<OverrideLayer> layers = EnumSet.noneOf(OverrideLayer.class);
            for (OverrideLayer layer : OverrideLayer.values()) {
                if ((combination & 1 << layer.ordinal()) != 0) {
                    layers.add(layer);
                }
            }
            requestsByLayers.put(layers, Counter.builder("docloud.kv.bootstraps")
                    .description("Bootstrap requests answered, by the override layers applied (country, profile, eid)")
                    .tag("overrides", tagValue(layers))
                    .register(meters));
        }
    }

    /** What one client gets; countryCode, profile and eId may each be null. */
    Map<String, Object> keysFor(String countryCode, Integer profile, String eId) {
        ClientConfiguration configuration = deviceConfiguration.forClient(countryCode, profile, eId);
        requestsByLayers.get(configuration.layers()).increment();
        Map<String, Object> keys = new LinkedHashMap<>(endpoints);
        keys.putAll(configuration.keys());
        return Collections.unmodifiableMap(keys);
    }

    /** {@code none}, {@code country}, {@code country+profile}, ... */
    private static String tagValue(Set<OverrideLayer> layers) {
        return layers.isEmpty() ? "none"
                : layers.stream().map(layer -> layer.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("+"));
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
