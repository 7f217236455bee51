package org.docloudmock.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.admin.JournalEntry;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.array.PeerInfo;
import org.docloudmock.protocol.array.SwarmPartitions;
import org.docloudmock.protocol.array.SwarmSummary;
import org.docloudmock.protocol.array.SwarmVisibility;
import org.docloudmock.protocol.service.ServiceEndpoint;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API of a running suite (SPEC 5 and 9), typed: register contents, read the request journal,
 * arm faults, reset, look at swarms. Every call is one HTTP request; a refused one throws
 * {@link DoCloudAdminException} with the service's reason.
 */
public final class DoCloudAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    /** Fields a newer service adds to an answer must not break an older test kit. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<ServiceEndpoint, String> baseUrls;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** @param adminToken {@code docloud.admin.token} of the services, null when they have none */
    DoCloudAdmin(Map<ServiceEndpoint, String> baseUrls, String adminToken) {
        this.baseUrls = new EnumMap<>(baseUrls);
        this.adminToken = adminToken;
    }

    /**
     * The admin API of a cloud running elsewhere (the simulator's {@code doctor} uses it); only the services in
     * {@code baseUrls} ({@code http://host:port/}) can be called.
     */
    public static DoCloudAdmin of(Map<ServiceEndpoint, String> baseUrls, String adminToken) {
        return new DoCloudAdmin(baseUrls, adminToken);
    }

    /** {@code POST /admin/reset} on every service: peers, journal, faults and registered contents go. */
    public void reset() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            send(service, "POST", "/admin/reset", null, null, null);
        }
    }

    /** {@code PUT /admin/contents/{contentId}}: registers the content, or replaces the one with this id. */
    public RegisteredContent registerContent(String contentId, ContentRegistration registration) {
        return send(ServiceEndpoint.CONTENT_POLICY, "PUT", "/admin/contents/" + segment(contentId), null,
                json(registration), type(RegisteredContent.class));
    }

    /** {@code POST /admin/contents}: the id is derived from HashOfHashes as DO derives it; the answer carries it. */
    public RegisteredContent registerContent(ContentRegistration registration) {
        return send(ServiceEndpoint.CONTENT_POLICY, "POST", "/admin/contents", null, json(registration),
                type(RegisteredContent.class));
    }

    /** {@code PUT /admin/contents/{contentId}/payload}: these bytes become the content (its other settings stay). */
    public RegisteredContent uploadContent(String contentId, byte[] payload) {
        return send(ServiceEndpoint.CONTENT_POLICY, "PUT", "/admin/contents/" + segment(contentId) + "/payload", null,
                BodyPublishers.ofByteArray(payload), type(RegisteredContent.class), "application/octet-stream");
    }

    public List<RegisteredContent> contents() {
        return send(ServiceEndpoint.CONTENT_POLICY, "GET", "/admin/contents", null, null, listOf(RegisteredContent.class));
    }

    /** The content with this id; empty when the catalog has none. */
    public Optional<RegisteredContent> content(String contentId) {
        return notFoundAsEmpty(() -> this.<RegisteredContent>send(ServiceEndpoint.CONTENT_POLICY, "GET",
                "/admin/contents/" + segment(contentId), null, null, type(RegisteredContent.class)));
    }

    public void removeContent(String contentId) {
        send(ServiceEndpoint.CONTENT_POLICY, "DELETE", "/admin/contents/" + segment(contentId), null, null, null);
    }

    /** The requests one service answered on its public endpoints, oldest first. */
    public List<JournalEntry> requests(ServiceEndpoint service) {
        return requests(service, "");
    }

    /** The requests whose path, as the client sent it (percent-encoded), starts with {@code pathPrefix}; oldest first. */
    public List<JournalEntry> requests(ServiceEndpoint service, String pathPrefix) {
        String query = pathPrefix.isEmpty() ? null : "path=" + URLEncoder.encode(pathPrefix, StandardCharsets.UTF_8);
        return send(service, "GET", "/admin/requests", query, null, listOf(JournalEntry.class));
    }

    public void clearRequests(ServiceEndpoint service) {
        send(service, "DELETE", "/admin/requests", null, null, null);
    }

    /** {@code PUT /admin/faults}: these rules replace every rule of the service; answers them as armed. */
    public List<FaultRule> armFaults(ServiceEndpoint service, FaultRule... rules) {
        return send(service, "PUT", "/admin/faults", null, json(List.of(rules)), listOf(FaultRule.class));
    }

    public List<FaultRule> faults(ServiceEndpoint service) {
        return send(service, "GET", "/admin/faults", null, null, listOf(FaultRule.class));
    }

    public void clearFaults(ServiceEndpoint service) {
        send(service, "DELETE", "/admin/faults", null, null, null);
    }

    /** Every swarm of the Array service with its peer counts. */
    public List<SwarmSummary> swarms() {
        return send(ServiceEndpoint.ARRAY, "GET", "/admin/swarms", null, null, listOf(SwarmSummary.class));
    }

    /** The peers of one content's swarm; empty when no peer holds it. */
    public List<PeerInfo> peers(String contentId) {
        return notFoundAsEmpty(() -> this.<List<PeerInfo>>send(ServiceEndpoint.ARRAY, "GET",
                "/admin/swarms/" + segment(contentId) + "/peers", null, null, listOf(PeerInfo.class))).orElse(List.of());
    }

    /** One swarm by partition, with its peer efficiency; empty when no live peer holds the content. */
    public Optional<SwarmPartitions> partitions(String contentId) {
        return notFoundAsEmpty(() -> this.<SwarmPartitions>send(ServiceEndpoint.ARRAY, "GET",
                "/admin/swarms/" + segment(contentId) + "/partitions", null, null, type(SwarmPartitions.class)));
    }

    /**
     * Whether peer {@code a} is handed peer {@code b} (every other peer when {@code b} is null), with the rule
     * that decides it; a peer that is not in the swarm is a 404 {@link DoCloudAdminException} that says why.
     */
    public SwarmVisibility visibility(String contentId, String a, String b) {
        String query = "a=" + URLEncoder.encode(a, StandardCharsets.UTF_8)
                + (b == null ? "" : "&b=" + URLEncoder.encode(b, StandardCharsets.UTF_8));
        return send(ServiceEndpoint.ARRAY, "GET", "/admin/swarms/" + segment(contentId) + "/visibility", query, null,
                type(SwarmVisibility.class));
    }

    private <T> T send(ServiceEndpoint service, String method, String path, String query, BodyPublisher body, JavaType answer) {
        return send(service, method, path, query, body, answer, JSON);
    }

    private <T> T send(ServiceEndpoint service, String method, String path, String query, BodyPublisher body,
                       JavaType answer, String contentType) {
        URI uri = URI.create(baseUrls.get(service) + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? BodyPublishers.noBody() : body)
                .header("Accept", JSON);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DoCloudAdminException(method + " " + uri + " answered " + response.statusCode() + ": "
                    + reason(response.body()), response.statusCode());
        }
        return answer == null ? null : MAPPER.readValue(response.body(), answer);
    }

    /** A content id as one path segment: ids may hold {@code +}, {@code %}, {@code ?}, {@code #} or spaces. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> Optional<T> notFoundAsEmpty(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (DoCloudAdminException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The {@code detail} of a problem+json answer, else the body itself. */
    private static String reason(String body) {
        try {
            JsonNode detail = MAPPER.readTree(body).get("detail");
            return detail != null && detail.isString() ? detail.asString() : body;
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static BodyPublisher json(Object value) {
        return BodyPublishers.ofString(MAPPER.writeValueAsString(value));
    }

    private static JavaType type(Class<?> type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    private static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }
}
