package org.docloudmock.suite.front;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code docloud.front.*}: the host-name front, off unless a port is set.
 *
 * @param port            plain HTTP (80 in a lab; 0: a free port); null: none
 * @param httpsPort       HTTPS (443 in a lab; 0: a free port) with {@code certificate}; null: none
 * @param address         the address it listens on (0.0.0.0 in a lab); default {@code docloud.bind-address}
 * @param certificate     PEM certificate (chain) for the DO host names, signed by a lab CA the clients trust
 * @param privateKey      its PEM private key
 * @param connectTimeout  to reach a service
 * @param responseTimeout until a service's answer starts; the body then streams for as long as it takes
 */
record FrontProperties(
        Integer port,
        Integer httpsPort,
        String address,
        String certificate,
        String privateKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration responseTimeout) {

    boolean enabled() {
        return port != null || httpsPort != null;
    }
}
