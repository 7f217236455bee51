package org.docloudmock.simulator.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.suite.DoCloudSuite;

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

    @Override
    public void close() {
        if (suite != null) {
            suite.close();
        }
    }
}
