package org.docloudmock.testkit;

import java.util.HashMap;
import java.util.Map;

/**
 * The suites test classes share, one per set of options, for the life of the JVM: a large test run pays
 * the start-up once. Each is closed by a shutdown hook, after the last test class.
 */
final class SharedSuites {

    private static final Map<SuiteOptions, RunningSuite> SUITES = new HashMap<>();

    private SharedSuites() {
    }

    /** The shared suite for these options, started on first use; classes running in parallel wait for it. */
    static synchronized RunningSuite obtain(SuiteOptions options) {
        RunningSuite suite = SUITES.get(options);
        if (suite == null) {
            suite = RunningSuite.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "docloud-mock-shutdown"));
            SUITES.put(options, suite);
        }
        return suite;
    }
}
