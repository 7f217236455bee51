package org.docloudmock.kv.bootstrap;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            BootstrapKeys.REJOIN_INTERVAL_SECS, BootstrapKeys.MAX_PEERS);

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Map<String, Object> base;
    private final Map<String, Map<String, Object>> byCountry = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<Integer, Map<String, Object>> byProfile = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> byEid = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    DeviceConfiguration(Map<String, Object> base, Map<String, ? extends Map<String, Object>> byCountry,
                        Map<Integer, ? extends Map<String, Object>> byProfile,
                        Map<String, ? extends Map<String, Object>> byEid) {
        this.base = normalized(base);
        byCountry.forEach((country, keys) -> this.byCountry.put(country, normalized(keys)));
        byProfile.forEach((profile, keys) -> this.byProfile.put(profile, normalized(keys)));
        byEid.forEach((eId, keys) -> this.byEid.put(eId, normalized(keys)));
    }

    /** The keys for one client; any of the three may be null (clients omit some parameters). */
    Map<String, Object> forClient(String countryCode, Integer profile, String eId) {
        Map<String, Object> keys = new LinkedHashMap<>(base);
        if (countryCode != null) {
            keys.putAll(byCountry.getOrDefault(countryCode, Map.of()));
        }
        if (profile != null) {
            keys.putAll(byProfile.getOrDefault(profile, Map.of()));
        }
        if (eId != null) {
            keys.putAll(byEid.getOrDefault(eId, Map.of()));
        }
        return keys;
    }

    /** Every key any layer sets, to check none of them shadows a key the service builds itself. */
    List<String> allKeys() {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        base.keySet().forEach(key -> keys.put(key, true));
        List.of(byCountry, byProfile, byEid).forEach(layer ->
                layer.values().forEach(overrides -> overrides.keySet().forEach(key -> keys.put(key, true))));
        return List.copyOf(keys.keySet());
    }

    int overrideCount() {
        return byCountry.size() + byProfile.size() + byEid.size();
    }

    private static Map<String, Object> normalized(Map<String, Object> configured) {
        Map<String, Object> keys = new LinkedHashMap<>();
        configured.forEach((key, value) -> keys.put(canonicalKey(key), jsonValue(value)));
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
    static Object jsonValue(Object configured) {
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
