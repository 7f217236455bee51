package org.docloudmock.simulator.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
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
 * The five services as a device finds them for one content, from Geo on, through do-client's calls; and their
 * admin API, through the test kit's client, at those addresses.
 */
record CloudServices(CloudClient client, GeoResponse geo, JsonNode bootstrap, Map<ServiceEndpoint, String> baseUrls) {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    static CloudServices find(URI geoService, String contentId) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        CloudClient client = new CloudClient(http, json, TIMEOUT, null);
        try {
            GeoResponse geo = client.geo(geoService, null, null);
            JsonNode bootstrap = client.bootstrap(geo, null);
            String array = client.discover(bootstrap, contentId, geo, null);
            return new CloudServices(client, geo, bootstrap, Map.of(ServiceEndpoint.GEO, base(geoService.toString()),
                    ServiceEndpoint.KV, base(geo.keyValueEndpointFullUri()),
                    ServiceEndpoint.CONTENT_POLICY, base(bootstrap.path(BootstrapKeys.CONTENT_POLICY_ENDPOINT_FULL_URI).asString()),
                    ServiceEndpoint.DISCOVERY, base(bootstrap.path(BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI).asString()),
                    ServiceEndpoint.ARRAY, base(array)));
        } catch (CloudException e) {
            throw new CloudUnavailableException(geoService + ": " + e.getMessage(), e);
        }
    }

    DoCloudAdmin admin(String adminToken) {
        return DoCloudAdmin.of(baseUrls, adminToken);
    }

    /** {@code http://host:port} of a URL or URL template. */
    private static String base(String url) {
        URI uri = URI.create(url.replace(BootstrapKeys.CONTENT_ID_PLACEHOLDER, "x"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
