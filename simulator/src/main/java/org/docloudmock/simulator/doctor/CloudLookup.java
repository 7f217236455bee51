package org.docloudmock.simulator.doctor;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;
import org.docloudmock.client.cloud.CloudClient;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.DoCloudAdmin;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cloud as a device finds it, from Geo on, through do-client's calls; and its admin API, through the test
 * kit's client, at the addresses the device was handed.
 */
final class CloudLookup {

    private final URI geoService;
    private final DoctorOptions options;
    private final HttpClient http;
    private final CloudClient client;
    private final Map<ServiceEndpoint, String> services = new EnumMap<>(ServiceEndpoint.class);

    /** @param asIp the external IP to act from (sent as X-Forwarded-For), or null to be seen as this host */
    CloudLookup(URI geoService, String asIp, DoctorOptions options) {
        this.geoService = geoService;
        this.options = options;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(options.timeout()).build();
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.client = new CloudClient(http, json, options.timeout(), asIp);
        services.put(ServiceEndpoint.GEO, base(geoService.toString()));
    }

    CloudClient client() {
        return client;
    }

    HttpClient http() {
        return http;
    }

    URI geoService() {
        return geoService;
    }

    GeoResponse geo() throws CloudException {
        return client.geo(geoService, null, null);
    }

    /** Geo's answer; or null, once the check "Geo" has failed with the reason and {@code consequence}. */
    GeoResponse geo(Checkup checkup, String consequence) {
        try {
            return geo();
        } catch (CloudException e) {
            checkup.fail("Geo", geoService + ": " + reason(e) + consequence);
            return null;
        }
    }

    JsonNode bootstrap(GeoResponse geo) throws CloudException {
        JsonNode bootstrap = client.bootstrap(geo, null);
        services.put(ServiceEndpoint.KV, base(geo.keyValueEndpointFullUri()));
        services.put(ServiceEndpoint.CONTENT_POLICY, base(bootstrap.path(BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI).asString()));
        services.put(ServiceEndpoint.DISCOVERY, base(bootstrap.path(BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI).asString()));
        return bootstrap;
    }

    /** The Array that holds this content's swarm, as Discovery names it. */
    String array(JsonNode bootstrap, GeoResponse geo, String contentId) throws CloudException {
        String array = client.discover(bootstrap, contentId, geo, null);
        services.put(ServiceEndpoint.ARRAY, base(array));
        return array;
    }

    /** The admin API of the services found so far. */
    DoCloudAdmin admin() {
        return DoCloudAdmin.of(services, options.adminToken);
    }

    /** The failure as an operator reads it: Java names a refused connection {@code ConnectException: null}. */
    static String reason(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException && cause.getMessage() == null) {
                return e.getMessage().replace("ConnectException: null", "connection refused");
            }
        }
        return e.getMessage();
    }

    /** {@code http://host:port} of a URL or URL template. */
    static String base(String url) {
        URI uri = URI.create(url.replace(BootstrapKeys.CONTENT_ID_PLACEHOLDER, "x"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
