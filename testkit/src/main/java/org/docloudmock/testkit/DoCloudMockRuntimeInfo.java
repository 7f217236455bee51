package org.docloudmock.testkit;

import java.net.URI;
import java.util.Map;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * Where the running suite listens, and its admin API. Injected into test and lifecycle methods that declare
 * a parameter of this type; also {@link DoCloudMockExtension#runtimeInfo()}.
 */
public final class DoCloudMockRuntimeInfo {

    private final Map<ServiceEndpoint, String> baseUrls;
    private final DoCloudAdmin admin;

    private DoCloudMockRuntimeInfo(Map<ServiceEndpoint, String> baseUrls, DoCloudAdmin admin) {
        this.baseUrls = Map.copyOf(baseUrls);
        this.admin = admin;
    }

    /**
     * The services at these base URLs ({@code http://localhost:41873}, one for each service), wherever they run:
     * in this JVM, or in containers (the Testcontainers module).
     *
     * @param adminToken {@code docloud.admin.token} of the services, which the admin client sends; null when they have none
     */
    public static DoCloudMockRuntimeInfo of(Map<ServiceEndpoint, String> baseUrls, String adminToken) {
        return new DoCloudMockRuntimeInfo(baseUrls, new DoCloudAdmin(baseUrls, adminToken));
    }

    /** The URL a DO client starts from, {@code http://localhost:<port>/geo}: Geo hands out everything else. */
    public String geoUrl() {
        return baseUrl(ServiceEndpoint.GEO) + "/geo";
    }

    /** A service's base URL, such as {@code http://localhost:41873}. */
    public String baseUrl(ServiceEndpoint service) {
        return baseUrls.get(service);
    }

    public int port(ServiceEndpoint service) {
        return URI.create(baseUrl(service)).getPort();
    }

    /** The typed admin API of the five services: contents, request journals, faults, swarms. */
    public DoCloudAdmin admin() {
        return admin;
    }

    @Override
    public String toString() {
        return "DO Cloud Mock at " + baseUrls;
    }
}
