package org.docloudmock.discovery.placement;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name to addresses; {@code InetAddress::getAllByName} in service, a stub in tests. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolveAll(String host) throws UnknownHostException;
}
