package org.docloudmock.support.address;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Peers whose {@code X-Forwarded-For} is believed. Loopback by default, so that simulated clients on
 * one host can act from many NATs.
 */
@ConfigurationProperties("docloud")
public record TrustedProxiesProperties(@DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> trustedProxies) {
}
