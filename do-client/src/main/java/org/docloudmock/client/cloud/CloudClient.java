package org.docloudmock.client.cloud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.discovery.CollectiveArray;
import org.docloudmock.protocol.geo.GeoResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls a DO client makes to the five services, with the query parameters real clients send. One
 * instance per device: every request carries the device's external IP in X-Forwarded-For, which the
 * services believe from loopback, so simulated devices on one host act from many NATs.
 */
public final class CloudClient {

    /** The DO client version simulated devices claim. */
    public static final String CLIENT_VERSION = "10.0.26100.1";

    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;
    private final String forwardedFor;

    /** @param forwardedFor the device's external IP, or null to be seen as the TCP peer */
    public CloudClient(HttpClient http, JsonMapper json, Duration timeout, String forwardedFor) {
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.forwardedFor = forwardedFor;
    }

    /** {@code GET /geo}: the external IP, the country and the KeyValue endpoint. */
    public GeoResponse geo(URI geoService, Integer profile, String groupId) throws CloudException {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("doClientVersion", CLIENT_VERSION);
        query.put("Profile", profile);
        query.put("groupID", groupId == null || groupId.isEmpty() ? null : groupId);
        GeoResponse geo = get(withQuery(geoService.resolve("/geo").toString(), query), GeoResponse.class, "Geo");
        if (geo.keyValueEndpointFullUri() == null || geo.keyValueEndpointFullUri().isBlank()) {
            throw new CloudException("Geo gave no KeyValue_EndpointFullUri");
        }
        return geo;
    }

    /** {@code GET /all}: endpoints and device configuration, one flat object. */
    public JsonNode bootstrap(GeoResponse geo, Integer profile) throws CloudException {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("doClientVersion", CLIENT_VERSION);
        query.put("countryCode", geo.countryCode());
        query.put("Profile", profile);
        JsonNode all = get(withQuery(geo.keyValueEndpointFullUri(), query), JsonNode.class, "KeyValue");
        for (String key : List.of(BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI, BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI)) {
            if (!all.path(key).isString() || !all.path(key).asString().contains(BootstrapKeys.CONTENT_ID_PLACEHOLDER)) {
                throw new CloudException("KeyValue gave no " + key + " template");
            }
        }
        return all;
    }

    /** {@code GET /content/{contentId}/contentpolicy}; a 404 (an unknown content) is a CloudException too. */
    public ContentPolicy contentPolicy(JsonNode bootstrap, String contentId, GeoResponse geo, Integer profile)
            throws CloudException {
        String url = withQuery(template(bootstrap, BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI, contentId),
                commonQuery(geo, profile));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET(), "Content Policy");
        if (response.statusCode() == 404) {
            throw new CloudException("Content Policy does not know content " + contentId);
        }
        return parse(response, ContentPolicy.class, "Content Policy");
    }

    /** The pieces-hash file, from the CDN URL the content policy named. */
    public PiecesHashFile piecesHashFile(String url) throws CloudException {
        return get(url, PiecesHashFile.class, "the pieces-hash file");
    }

    /** {@code GET /disc/{contentId}}: the base URL of the Array that holds the swarm. */
    public String discover(JsonNode bootstrap, String contentId, GeoResponse geo, Integer profile) throws CloudException {
        Map<String, Object> query = commonQuery(geo, profile);
        query.put("CountryCode", query.remove("countryCode"));
        String url = withQuery(template(bootstrap, BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI, contentId), query);
        CollectiveArray[] arrays = get(url, CollectiveArray[].class, "Discovery");
        if (arrays.length == 0 || arrays[0].collectiveArray() == null || arrays[0].collectiveArray().isBlank()) {
            throw new CloudException("Discovery named no CollectiveArray");
        }
        return arrays[0].collectiveArray();
    }

    /** {@code POST {CollectiveArray}join/}. */
    public JoinResponse join(String collectiveArray, JoinRequest request) throws CloudException {
        String base = collectiveArray.endsWith("/") ? collectiveArray : collectiveArray + "/";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "join/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request)));
        return parse(send(post, "Array"), JoinResponse.class, "Array");
    }

    private <T> T get(String url, Class<T> type, String service) throws CloudException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CloudException(service + " URL " + url + " is not a URL", e);
        }
        return parse(send(HttpRequest.newBuilder(uri).GET(), service), type, service);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String service) throws CloudException {
        request.timeout(timeout).header("Accept", "application/json, text/json");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CloudException(service + " is unreachable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException("interrupted while calling " + service, e);
        }
    }

    private <T> T parse(HttpResponse<String> response, Class<T> type, String service) throws CloudException {
        if (response.statusCode() != 200) {
            throw new CloudException(service + " answered " + response.statusCode() + " to " + response.uri());
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new CloudException(service + " answered something unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> commonQuery(GeoResponse geo, Integer profile) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("doClientVersion", CLIENT_VERSION);
        query.put("countryCode", geo.countryCode());
        query.put("Profile", profile);
        return query;
    }

    private static String template(JsonNode bootstrap, String key, String contentId) {
        return bootstrap.path(key).asString().replace(BootstrapKeys.CONTENT_ID_PLACEHOLDER, percentEncode(contentId));
    }

    /** Templates carry no query string (SPEC 4): the client appends its own. */
    static String withQuery(String url, Map<String, Object> query) {
        StringJoiner pairs = new StringJoiner("&");
        query.forEach((name, value) -> {
            if (value != null) {
                pairs.add(name + "=" + percentEncode(String.valueOf(value)));
            }
        });
        return pairs.length() == 0 ? url : url + (url.contains("?") ? "&" : "?") + pairs;
    }

    /** Everything but RFC 3986 unreserved characters percent-encoded: fit for a path segment and a query value. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
