package org.docloudmock.testkit;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.suite.DoCloudSuite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One embedded suite started for tests, with what a test sees of it. */
final class RunningSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningSuite.class);

    private final DoCloudSuite suite;
    private final DoCloudMockRuntimeInfo runtimeInfo;
    private final boolean shared;

    private RunningSuite(DoCloudSuite suite, DoCloudMockRuntimeInfo runtimeInfo, boolean shared) {
        this.suite = suite;
        this.runtimeInfo = runtimeInfo;
        this.shared = shared;
    }

    /** Starts the five services; a service that cannot start fails it with the reason, naming the service. */
    static RunningSuite start(SuiteOptions options) {
        long startedAt = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        DoCloudSuite suite = DoCloudSuite.start(options.args());
        Map<ServiceEndpoint, String> baseUrls = new EnumMap<>(ServiceEndpoint.class);
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            baseUrls.put(service, suite.url(service));
        }
        RunningSuite running = new RunningSuite(suite,
                DoCloudMockRuntimeInfo.of(baseUrls, options.adminToken()),
                options.reuseAcrossClasses());
        // the figure to watch when tests get slow: wall time depends on the machine's load, CPU time much less
        log.info("DO Cloud Mock started in {} ms ({} ms CPU, {} cores, load {}){}: geo {}, kv {}, content-policy {}, discovery {}, array {}",
                (System.nanoTime() - startedAt) / 1_000_000, (processCpuNanos() - cpuAtStart) / 1_000_000,
                Runtime.getRuntime().availableProcessors(),
                String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                options.reuseAcrossClasses() ? ", shared by the test classes of this JVM" : "",
                running.port(ServiceEndpoint.GEO), running.port(ServiceEndpoint.KV), running.port(ServiceEndpoint.CONTENT_POLICY),
                running.port(ServiceEndpoint.DISCOVERY), running.port(ServiceEndpoint.ARRAY));
        return running;
    }

    DoCloudMockRuntimeInfo runtimeInfo() {
        return runtimeInfo;
    }

    /** Shared suites live until the JVM exits; a test class must not stop one. */
    boolean shared() {
        return shared;
    }

    private int port(ServiceEndpoint service) {
        return runtimeInfo.port(service);
    }

    @Override
    public void close() {
        suite.close();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
