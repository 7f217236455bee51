package org.docloudmock.testcontainers;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.utility.ResourceReaper;

/**
 * Testcontainers without Ryuk, its resource-reaper container: that image comes from a public registry, which
 * the machines this mock is meant for (air-gapped labs, CI without a registry) cannot reach. Testcontainers 2.0
 * takes that choice from the environment variable {@code TESTCONTAINERS_RYUK_DISABLED} alone (not from
 * {@code testcontainers.properties}), which a test cannot set for its own JVM; so this installs Testcontainers'
 * own JVM shutdown-hook reaper, as that variable would, before anything uses Docker. The containers and networks
 * of this module are removed when they stop in any case; the hook catches what a test left running.
 * <p>
 * Set {@code TESTCONTAINERS_RYUK_DISABLED} (to {@code false} to keep Ryuk) and this leaves the choice alone.
 */
final class ShutdownHookReaper {

    private static boolean settled;

    private ShutdownHookReaper() {
    }

    static synchronized void installUnlessConfigured() {
        if (settled || System.getenv("TESTCONTAINERS_RYUK_DISABLED") != null) {
            return;
        }
        settled = true;
        try {
            Field instance = ResourceReaper.class.getDeclaredField("instance");
            instance.setAccessible(true);
            if (instance.get(null) == null) {
                Constructor<?> hookReaper = Class.forName("org.testcontainers.utility.JVMHookResourceReaper")
                        .getDeclaredConstructor();
                hookReaper.setAccessible(true);
                instance.set(null, hookReaper.newInstance());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot turn Testcontainers' Ryuk reaper off (" + e
                    + "): set TESTCONTAINERS_RYUK_DISABLED=true in the test's environment", e);
        }
    }

    /** Runs before JUnit evaluates any condition, such as {@code @Testcontainers(disabledWithoutDocker = true)}. */
    public static final class SessionListener implements LauncherSessionListener {

        @Override
        public void launcherSessionOpened(LauncherSession session) {
            installUnlessConfigured();
        }
    }
}
