package org.docloudmock.discovery.placement;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.docloudmock.protocol.IpAddresses;

/**
 * One URL per address a DNS name resolves to: every replica behind a docker-compose service scaled with
 * {@code --scale}, or behind a Kubernetes headless service.
 */
public final class DnsArrayUrls implements ArraySource {

    private final String name;
    private final int port;
    private final String scheme;
    private final HostResolver resolver;

    public DnsArrayUrls(String name, int port, String scheme, HostResolver resolver) {
        this.name = name;
        this.port = port;
        this.scheme = scheme;
        this.resolver = resolver;
    }

    @Override
    public List<String> instances() throws UnknownHostException {
        return Arrays.stream(resolver.resolveAll(name)).map(this::url).distinct().toList();
    }

    private String url(InetAddress address) {
        String host = IpAddresses.format(address);
        return scheme + "://" + (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port + "/";
    }

    @Override
    public String toString() {
        return "DNS name " + name;
    }
}
