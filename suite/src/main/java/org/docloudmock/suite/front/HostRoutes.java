package org.docloudmock.suite.front;

import java.util.Locale;
import java.util.Optional;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * Which service a request to the front is for, by the host name DO clients use for it: the five services
 * under {@code .prod.do.dsp.mp.microsoft.com} ({@code geo*}, {@code kv*}, {@code cp*}, {@code disc*},
 * {@code array*}: the real names carry a number or a region after the prefix), the CDN at
 * {@code dl.delivery.mp.microsoft.com} and its sub-domains, and any host at the CDN's paths, which is how DO
 * calls a Connected Cache host (the cache host's own name or address, the original host in
 * {@code cacheHostOrigin}).
 */
final class HostRoutes {

    private static final String DO_SERVICES = ".prod.do.dsp.mp.microsoft.com";
    private static final String CDN = "dl.delivery.mp.microsoft.com";
    private static final String[] CACHE_HOST_PATHS = {"/filestreamingservice/", "/mscomtest/"};

    private HostRoutes() {
    }

    /** @param host the {@code Host} header as sent (a port, upper case and a trailing dot are allowed) */
    static Optional<ServiceEndpoint> route(String host, String path) {
        String name = hostName(host);
        if (name.endsWith(DO_SERVICES)) {
            String label = name.substring(0, name.length() - DO_SERVICES.length());
            if (!label.contains(".")) {
                Optional<ServiceEndpoint> service = serviceOf(label);
                if (service.isPresent()) {
                    return service;
                }
            }
        }
        if (name.equals(CDN) || name.endsWith("." + CDN) || isCacheHostPath(path)) {
            return Optional.of(ServiceEndpoint.CONTENT_POLICY);
        }
        return Optional.empty();
    }

    private static Optional<ServiceEndpoint> serviceOf(String label) {
        if (label.startsWith("geo")) {
            return Optional.of(ServiceEndpoint.GEO);
        }
        if (label.startsWith("kv")) {
            return Optional.of(ServiceEndpoint.KV);
        }
        if (label.startsWith("cp")) {
            return Optional.of(ServiceEndpoint.CONTENT_POLICY);
        }
        if (label.startsWith("disc")) {
            return Optional.of(ServiceEndpoint.DISCOVERY);
        }
        if (label.startsWith("array")) {
            return Optional.of(ServiceEndpoint.ARRAY);
        }
        return Optional.empty();
    }

    private static boolean isCacheHostPath(String path) {
        for (String prefix : CACHE_HOST_PATHS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The name without its port: {@code [::1]:80} is {@code [::1]}, {@code Geo.Example.:443} is {@code geo.example}. */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon && (name.startsWith("[") || name.indexOf(':') == colon)) {
            name = name.substring(0, colon);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
