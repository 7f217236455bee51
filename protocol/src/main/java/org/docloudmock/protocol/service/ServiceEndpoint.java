package org.docloudmock.protocol.service;

/**
 * The five services, with the default ports of SPEC 2 and the property that moves each.
 * <p>
 * Plain Java, so it lives in {@code protocol}: the test kit's admin client and the simulator name services with
 * it, and the Testcontainers module hands that client to tests whose class path must not get
 * {@code service-support}'s auto-configurations.
 */
public enum ServiceEndpoint {
    GEO("geo", 8081),
    KV("kv", 8082),
    CONTENT_POLICY("content-policy", 8083),
    DISCOVERY("discovery", 8084),
    ARRAY("array", 8085);

    private final String key;
    private final int defaultPort;

    ServiceEndpoint(String key, int defaultPort) {
        this.key = key;
        this.defaultPort = defaultPort;
    }

    /** Short name: {@code geo}, {@code kv}, {@code content-policy}, {@code discovery}, {@code array}. */
    public String key() {
        return key;
    }

    /** The Maven module, jar, config file and docker-compose service name: {@code geo-service} and so on. */
    public String serviceName() {
        return key + "-service";
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** {@code docloud.geo.port} and so on; every service knows every port, to advertise the others. */
    public String portProperty() {
        return "docloud." + key + ".port";
    }

    /**
     * {@code docloud.geo.host} and so on: the host name other services put in the URLs they hand out for
     * this one; {@code docloud.advertised-host} unless set (docker-compose sets each to its service name).
     */
    public String hostProperty() {
        return "docloud." + key + ".host";
    }
}
