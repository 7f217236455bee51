package org.docloudmock.simulator.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docloudmock.protocol.bootstrap.BootstrapKeys;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.suite.DoCloudSuite;
import tools.jackson.databind.JsonNode;

/**
 * The cloud a scenario runs against: the suite started in this JVM, or one already running. Either way the
 * simulator finds every service as a client does, from Geo on, so both cases behave alike.
 */
public final class CloudUnderTest implements AutoCloseable {

    private final DoCloudSuite suite;
    private final URI geo;

    private CloudUnderTest(DoCloudSuite suite, URI geo) {
        this.suite = suite;
        this.geo = geo;
    }

    /** The five services on free ports of 127.0.0.1, with the scenario's properties. */
    public static CloudUnderTest embedded(Map<String, Object> properties, boolean verbose) {
        List<String> args = new ArrayList<>(List.of("--docloud.geo.port=0", "--docloud.kv.port=0",
                "--docloud.content-policy.port=0", "--docloud.discovery.port=0", "--docloud.array.port=0"));
        if (!verbose) {
            args.add("--logging.level.root=ERROR");
        }
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        DoCloudSuite suite = DoCloudSuite.start(args.toArray(String[]::new));
        return new CloudUnderTest(suite, URI.create(suite.url(ServiceEndpoint.GEO)));
    }

    public static CloudUnderTest running(URI geo) {
        return new CloudUnderTest(null, geo);
    }

    public URI geo() {
        return geo;
    }

    /** Base URLs of the five services, as Geo, KeyValue and Discovery name them for this content. */
    Map<ServiceEndpoint, String> services(CloudAdmin admin, String contentId) {
        String geoBase = base(geo.toString());
        String keyValueUrl = admin.get(geoBase + "geo").path("KeyValue_EndpointFullUri").asString();
        JsonNode bootstrap = admin.get(keyValueUrl);
        String contentPolicy = base(bootstrap.path(BootstrapKeys.CONTENT_POLICY_ENDPOINT_URI).asString());
        String discoveryUrl = bootstrap.path(BootstrapKeys.DISCOVERY_ENDPOINT_FULL_URI).asString()
                .replace(BootstrapKeys.CONTENT_ID_PLACEHOLDER, contentId);
        String array = base(admin.get(discoveryUrl).path(0).path("CollectiveArray").asString());
        return Map.of(ServiceEndpoint.GEO, geoBase, ServiceEndpoint.KV, base(keyValueUrl),
                ServiceEndpoint.CONTENT_POLICY, contentPolicy, ServiceEndpoint.DISCOVERY, base(discoveryUrl),
                ServiceEndpoint.ARRAY, array);
    }

    /** {@code http://host:port/} of a URL. */
    private static String base(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    @Override
    public void close() {
        if (suite != null) {
            suite.close();
        }
    }
}
