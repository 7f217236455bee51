package org.docloudmock.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docloudmock.protocol.service.ServiceEndpoint;

/**
 * The port of each service, the same number inside the container and on the Docker host. A service hands out
 * the URLs of the others with their port property ({@code KeyValue_EndpointFullUri} is built from
 * {@code docloud.kv.port}), so a service listening on 8082 behind a random host port would hand out URLs that
 * lead nowhere; listening on the host port itself, it hands out URLs that work from the host.
 */
final class ServicePorts {

    private final Map<ServiceEndpoint, Integer> ports;

    private ServicePorts(Map<ServiceEndpoint, Integer> ports) {
        this.ports = ports;
    }

    /** A port property among {@code properties} ({@code docloud.geo.port=9081}) is kept; the others are free ports. */
    static ServicePorts choose(Map<String, String> properties) {
        Map<ServiceEndpoint, Integer> ports = new EnumMap<>(ServiceEndpoint.class);
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            String given = properties.get(service.portProperty());
            ports.put(service, given == null || given.equals("0") ? freePort() : parsePort(service, given));
        }
        return new ServicePorts(ports);
    }

    int port(ServiceEndpoint service) {
        return ports.get(service);
    }

    /** {@code DOCLOUD_GEO_PORT=41873} and so on: every service knows every port, to advertise the others. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        ports.forEach((service, port) -> environment.put(
                service.portProperty().replace('.', '_').replace('-', '_').toUpperCase(), String.valueOf(port)));
        return environment;
    }

    Map<ServiceEndpoint, String> baseUrls(String host) {
        Map<ServiceEndpoint, String> urls = new EnumMap<>(ServiceEndpoint.class);
        ports.forEach((service, port) -> urls.put(service, "http://" + host + ":" + port));
        return urls;
    }

    private static int parsePort(ServiceEndpoint service, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(service.portProperty() + " must be a port number, not: " + value, e);
        }
    }

    /** Docker binds the port a moment later: another process could take it in between, which start-up would report. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port: " + e.getMessage(), e);
        }
    }
}
