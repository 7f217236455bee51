package org.docloudmock.testcontainers;

import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.DoCloudAdmin;
import org.docloudmock.testkit.DoCloudMockRuntimeInfo;

/** Where DO Cloud Mock's containers answer the test, and their admin API; the same for either layout. */
public interface DoCloudMockEndpoints {

    /** The same view of the services the test kit's extension gives, for code that works with either. */
    DoCloudMockRuntimeInfo runtimeInfo();

    /** The URL a DO client starts from, {@code http://localhost:<port>/geo}: Geo hands out everything else. */
    default String geoUrl() {
        return runtimeInfo().geoUrl();
    }

    /** A service's base URL, such as {@code http://localhost:41873}. */
    default String baseUrl(ServiceEndpoint service) {
        return runtimeInfo().baseUrl(service);
    }

    /** The test kit's typed admin API: contents, request journals, faults, swarms, reset. */
    default DoCloudAdmin admin() {
        return runtimeInfo().admin();
    }
}
