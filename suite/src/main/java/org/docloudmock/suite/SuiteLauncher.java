package org.docloudmock.suite;

import org.docloudmock.protocol.service.ServiceEndpoint;

/** {@code java -jar suite/target/docloud-suite.jar}: starts the five services and says where each listens. */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        DoCloudSuite suite;
        try {
            suite = DoCloudSuite.start(args);
        } catch (IllegalStateException e) {
            System.err.println("DO Cloud Mock did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "docloud-suite-shutdown"));
        StringBuilder table = new StringBuilder(String.format("%nDO Cloud Mock is up in %.1f s%n",
                (System.nanoTime() - started) / 1e9));
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            table.append(String.format("  %-24s %s%n", service.serviceName(), suite.url(service)));
        }
        suite.front().ifPresent(front -> {
            front.httpPort().ifPresent(port -> table.append(String.format("  %-24s http, port %d%n", "front (DO host names)", port)));
            front.httpsPort().ifPresent(port -> table.append(String.format("  %-24s https, port %d%n", "front (DO host names)", port)));
        });
        table.append(String.format("A DO client starts at %s/geo%n", suite.url(ServiceEndpoint.GEO)));
        System.out.print(table);
    }
}
