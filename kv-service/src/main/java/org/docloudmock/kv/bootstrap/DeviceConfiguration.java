package org.docloudmock.kv.bootstrap;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;

/**
 * The device configuration keys a client gets: the base, then the overrides of its country, of its
 * {@code Profile} and of its {@code eId}, each replacing or adding keys (base &lt; country &lt; Profile &lt; eId).
 */
final class DeviceConfiguration {

    private static final List<String> KNOWN_KEYS = List.of(
            BootstrapKeys.MIN_FILE_SIZE_TO_CACHE_MB, BootstrapKeys.MIN_RAM_TO_PEER_GB, BootstrapKeys.MIN_DISK_TO_PEER_GB,
            BootstrapKeys.MIN_BATTERY_TO_UPLOAD_PERCENT, BootstrapKeys.MAX_CACHE_AGE_SECS,
            BootstrapKeys.MAX_UPLOAD_BANDWIDTH_KBPS, BootstrapKeys.MONTHLY_UPLOAD_DATA_CAP_GB,
            BootstrapKeys.CACHE_SERVER_FALLBACK_FOREGROUND_SECS, BootstrapKeys.CACHE_SERVER_FALLBACK_BACKGROUND_SECS,
            BootstrapKeys.RESTRICT_PEER_SELECTION_BY, BootstrapKeys.REJOIN_INTERVAL_SECS, BootstrapKeys.MAX_PEERS);

    /** Built by the service from its own properties, never device configuration. */
    private static final List<String> ENDPOINT_KEYS = List.of(
            BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI, BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI,
            BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI, BootstrapKeys.REGISTERED_CALLERS_FILTER_LIST);

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Map<String, Object> base;
    private final Map<String, Map<String, Object>> byCountry = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<Integer, Map<String, Object>> byProfile = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> byEid = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    DeviceConfiguration(Map<String, Object> base, Map<String, ? extends Map<String, Object>> byCountry,
                        Map<Integer, ? extends Map<String, Object>> byProfile,
                        Map<String, ? extends Map<String, Object>> byEid) {
        this.base = normalized("docloud.kv.device-config", base);
        byCountry.forEach((country, keys) ->
                this.byCountry.put(country, normalized("docloud.kv.country-overrides." + country, keys)));
        byProfile.forEach((profile, keys) ->
                this.byProfile.put(profile, normalized("docloud.kv.profile-overrides." + profile, keys)));
        byEid.forEach((eId, keys) -> this.byEid.put(eId, normalized("docloud.kv.eid-overrides." + eId, keys)));
    }

    /** The override layers, in the order they apply. */
    enum OverrideLayer {
        COUNTRY, PROFILE, EID
    }

    /** The keys a client gets, and which override layers had something for it. */
    record ClientConfiguration(Map<String, Object> keys, Set<OverrideLayer> layers) {
    }

    /** The keys for one client; any of the three may be null (clients omit some parameters). */
    ClientConfiguration forClient(String countryCode, Integer profile, String eId) {
        Map<OverrideLayer, Map<String, Object>> layers = new EnumMap<>(OverrideLayer.class);
        if (countryCode != null && byCountry.containsKey(countryCode)) {
            layers.put(OverrideLayer.COUNTRY, byCountry.get(countryCode));
        }
        if (profile != null && byProfile.containsKey(profile)) {
            layers.put(OverrideLayer.PROFILE, byProfile.get(profile));
        }
        if (eId != null && byEid.containsKey(eId)) {
            layers.put(OverrideLayer.EID, byEid.get(eId));
        }
        Map<String, Object> keys = new LinkedHashMap<>(base);
        layers.values().forEach(keys::putAll);
        return new ClientConfiguration(keys, layers.keySet());
    }

    int overrideCount() {
        return byCountry.size() + byProfile.size() + byEid.size();
    }

    private static Map<String, Object> normalized(String property, Map<String, Object> configured) {
        Map<String, Object> keys = new LinkedHashMap<>();
        configured.forEach((key, value) -> {
            if (ENDPOINT_KEYS.stream().anyMatch(key::equalsIgnoreCase)) {
                throw new IllegalArgumentException(property + "." + key + ": the endpoint keys are built from"
                        + " docloud.kv.content-policy-url, docloud.kv.discovery-url and docloud.kv.registered-callers");
            }
            keys.put(canonicalKey(key), jsonValue(property + "." + key, value));
        });
        return Collections.unmodifiableMap(keys);
    }

    /** Environment variables arrive lower-cased: a known key gets its real spelling back. */
    static String canonicalKey(String key) {
        return KNOWN_KEYS.stream().filter(known -> known.equalsIgnoreCase(key)).findFirst().orElse(key);
    }

    /**
     * A configured value as JSON: YAML numbers and booleans stay what they are, and so does text that
     * reads as one ({@code --docloud.kv.device-config.Array_MaxPeers=20} from the command line is the
     * number 20). Text in double quotes is the text inside them, so {@code "\"20\""} is the string "20".
     */
    static Object jsonValue(String property, Object configured) {
        if (configured instanceof Map<?, ?> || configured instanceof Collection<?>) {
            // what an environment variable makes of a key with '_' (Array_MaxPeers): the object is flat
            throw new IllegalArgumentException(property + ": a value must be a number, a string or a boolean"
                    + " (a key with '_' cannot be set from an environment variable: use the command line,"
                    + " docloud.yml or SPRING_APPLICATION_JSON)");
        }
        if (!(configured instanceof String text)) {
            return configured;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (JSON_NUMBER.matcher(text).matches()) {
            BigDecimal number = new BigDecimal(text);
            if (number.scale() <= 0) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException tooLarge) {
                    return number;
                }
            }
            return number;
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
