package org.docloudmock.kv.bootstrap;

import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_ID_PLACEHOLDER;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI;
import static org.docloudmock.protocol.bootstrap.BootstrapKeys.REGISTERED_CALLERS_FILTER_LIST;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docloudmock.kv.KeyValueProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The flat key set of {@code GET /all}: the endpoints of the other services, then the device configuration. */
@Component
class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Map<String, Object> endpoints = new LinkedHashMap<>();
    private final DeviceConfiguration deviceConfiguration;

    Bootstrap(KeyValueProperties properties) {
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
    }

    /** What one client gets; countryCode, profile and eId may each be null. */
    Map<String, Object> keysFor(String countryCode, Integer profile, String eId) {
        Map<String, Object> keys = new LinkedHashMap<>(endpoints);
        keys.putAll(deviceConfiguration.forClient(countryCode, profile, eId));
        return Collections.unmodifiableMap(keys);
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
