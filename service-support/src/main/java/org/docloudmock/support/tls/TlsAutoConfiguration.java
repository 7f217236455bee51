package org.docloudmock.support.tls;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * {@code docloud.tls.enabled=true}: the service's port serves HTTPS, and with
 * {@code docloud.tls.http-port-offset} plain HTTP too, on an extra connector.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("docloud.tls.enabled")
@EnableConfigurationProperties(TlsProperties.class)
class TlsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TlsAutoConfiguration.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> httpsConnector(TlsProperties properties, Environment environment) {
        Ssl ssl = properties.keyStore() != null && !properties.keyStore().isBlank()
                ? providedKeyStore(properties)
                : selfSigned(properties, environment);
        return new HttpsCustomizer(ssl, properties.httpPortOffset());
    }

    private static Ssl providedKeyStore(TlsProperties properties) {
        Ssl ssl = new Ssl();
        ssl.setKeyStore(properties.keyStore());
        ssl.setKeyStorePassword(properties.keyStorePassword());
        ssl.setKeyStoreType(properties.keyStoreType());
        ssl.setKeyAlias(properties.keyAlias());
        log.info("HTTPS with the key store {}", properties.keyStore());
        return ssl;
    }

    private static Ssl selfSigned(TlsProperties properties, Environment environment) {
        List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        hosts.add(environment.getProperty("docloud.advertised-host", "localhost"));
        hosts.addAll(properties.hostNames());
        SelfSignedCertificate certificate = SelfSignedCertificate.forHosts(certificateDir(properties, environment), hosts);
        log.info("HTTPS with a self-signed certificate ({}) for {}: clients must trust {} (SHA-256 {})",
                certificate.generated() ? "generated" : "reused", certificate.hostNames(), certificate.certificate(),
                certificate.sha256Fingerprint());
        Ssl ssl = new Ssl();
        ssl.setKeyStore(certificate.keyStore().toUri().toString());
        ssl.setKeyStorePassword(SelfSignedCertificate.PASSWORD);
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyAlias(SelfSignedCertificate.ALIAS);
        return ssl;
    }

    private static Path certificateDir(TlsProperties properties, Environment environment) {
        if (properties.certificateDir() != null) {
            return properties.certificateDir();
        }
        String dataDir = environment.getProperty("docloud.data-dir");
        return dataDir != null && !dataDir.isBlank()
                ? Path.of(dataDir, "tls")
                : Path.of(System.getProperty("java.io.tmpdir"), "docloud-mock-tls");
    }

    /** Runs after Spring Boot's own customizer (order 0), which sets the port and the server.ssl properties. */
    private record HttpsCustomizer(Ssl ssl, Integer httpPortOffset)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.setSsl(ssl);
            if (httpPortOffset != null) {
                factory.addAdditionalConnectors(plainHttp(factory));
            }
        }

        private Connector plainHttp(TomcatServletWebServerFactory factory) {
            // a random HTTPS port (0, in tests) gets a random HTTP port too
            int port = factory.getPort() == 0 ? 0 : factory.getPort() + httpPortOffset;
            if (port > 65535) {
                throw new IllegalStateException("docloud.tls.http-port-offset " + httpPortOffset + " puts the HTTP port of "
                        + factory.getPort() + " beyond 65535");
            }
            Connector connector = new Connector(TomcatWebServerFactory.DEFAULT_PROTOCOL);
            connector.setPort(port);
            InetAddress address = factory.getAddress();
            if (address != null) {
                connector.setProperty("address", address.getHostAddress());
            }
            return connector;
        }

        @Override
        public int getOrder() {
            return 1;
        }
    }
}
