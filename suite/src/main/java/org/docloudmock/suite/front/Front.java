package org.docloudmock.suite.front;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServer;
import org.springframework.core.env.Environment;

/**
 * The host-name front ({@code docloud.front.*}): one port (80, and 443 with a lab CA's certificate) where a lab
 * points the real DO host names, forwarding each request to the service its name is for. Its own Tomcat, not a
 * sixth Spring context: it has one servlet and nothing else to configure.
 */
public final class Front implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Front.class);

    private final WebServer http;
    private final WebServer https;

    private Front(WebServer http, WebServer https) {
        this.http = http;
        this.https = https;
    }

    /**
     * Starts the front when {@code docloud.front.port} or {@code docloud.front.https-port} is set.
     *
     * @param environment what the services were configured with
     * @param ports       the port each service listens on
     */
    public static Optional<Front> start(Environment environment, ToIntFunction<ServiceEndpoint> ports) {
        FrontProperties properties = Binder.get(environment).bindOrCreate("docloud.front", FrontProperties.class);
        if (!properties.enabled()) {
            return Optional.empty();
        }
        FrontServlet servlet = new FrontServlet(targets(environment, ports), properties.connectTimeout(),
                properties.responseTimeout());
        String address = properties.address() != null ? properties.address() : environment.getProperty("docloud.bind-address", "127.0.0.1");
        List<WebServer> started = new ArrayList<>();
        try {
            WebServer http = properties.port() == null ? null : started(server(properties.port(), address, null, servlet), started);
            WebServer https = properties.httpsPort() == null ? null
                    : started(server(properties.httpsPort(), address, ssl(properties), servlet), started);
            Front front = new Front(http, https);
            log.info("Front on {}: {}{} forwards the DO host names to the services", address,
                    http == null ? "" : "HTTP port " + http.getPort(),
                    https == null ? "" : (http == null ? "" : ", ") + "HTTPS port " + https.getPort());
            return Optional.of(front);
        } catch (RuntimeException e) {
            started.forEach(WebServer::stop);
            throw e;
        }
    }

    public OptionalInt httpPort() {
        return http == null ? OptionalInt.empty() : OptionalInt.of(http.getPort());
    }

    public OptionalInt httpsPort() {
        return https == null ? OptionalInt.empty() : OptionalInt.of(https.getPort());
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop();
        }
        if (https != null) {
            https.stop();
        }
    }

    private static WebServer started(WebServer server, List<WebServer> started) {
        server.start();
        started.add(server);
        return server;
    }

    private static WebServer server(int port, String address, Ssl ssl, FrontServlet servlet) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(port);
        try {
            factory.setAddress(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("docloud.front.address: " + address + " is no address of this host", e);
        }
        factory.setSsl(ssl);
        factory.setRegisterDefaultServlet(false);
        return factory.getWebServer(context -> context.addServlet("front", servlet).addMapping("/"));
    }

    private static Ssl ssl(FrontProperties properties) {
        if (properties.certificate() == null || properties.privateKey() == null) {
            throw new IllegalStateException("docloud.front.https-port needs docloud.front.certificate and "
                    + "docloud.front.private-key (PEM files; docs/running.md shows how to make them with a lab CA)");
        }
        Ssl ssl = new Ssl();
        ssl.setCertificate(properties.certificate());
        ssl.setCertificatePrivateKey(properties.privateKey());
        return ssl;
    }

    /**
     * Where each service is reached from the front: over loopback when the services listen on every address. A
     * service with HTTPS on is reached on its plain HTTP port ({@code docloud.tls.http-port-offset}): the front
     * is in the same JVM, so the hop never leaves the host.
     */
    private static Map<ServiceEndpoint, URI> targets(Environment environment, ToIntFunction<ServiceEndpoint> ports) {
        String bindAddress = environment.getProperty("docloud.bind-address", "127.0.0.1");
        InetAddress target;
        try {
            InetAddress bound = InetAddress.getByName(bindAddress);
            target = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("docloud.bind-address: " + bindAddress + " is no address of this host", e);
        }
        if (!target.isLoopbackAddress()) {
            log.warn("The front reaches the services at {}: add it to docloud.trusted-proxies, or Geo sees the front "
                    + "as every client", target.getHostAddress());
        }
        int offset = 0;
        if (environment.getProperty("docloud.tls.enabled", Boolean.class, false)) {
            Integer httpPortOffset = environment.getProperty("docloud.tls.http-port-offset", Integer.class);
            if (httpPortOffset == null) {
                throw new IllegalStateException("the front forwards over plain HTTP: with docloud.tls.enabled, set "
                        + "docloud.tls.http-port-offset too");
            }
            offset = httpPortOffset;
        }
        String host = target.getHostAddress().contains(":") ? "[" + target.getHostAddress() + "]" : target.getHostAddress();
        Map<ServiceEndpoint, URI> targets = new EnumMap<>(ServiceEndpoint.class);
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            targets.put(service, URI.create("http://" + host + ":" + (ports.applyAsInt(service) + offset)));
        }
        return targets;
    }
}
