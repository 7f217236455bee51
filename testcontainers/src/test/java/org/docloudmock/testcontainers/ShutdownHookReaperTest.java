package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testcontainers.utility.ResourceReaper;

/** The JUnit launcher opened this test's session through the listener that the module's jar registers. */
class ShutdownHookReaperTest {

    @Test
    void testcontainersCleansUpWithAShutdownHookInsteadOfTheRyukContainer() {
        if (System.getenv("TESTCONTAINERS_RYUK_DISABLED") == null) {
            assertThat(ResourceReaper.instance().getClass().getName())
                    .isEqualTo("org.testcontainers.utility.JVMHookResourceReaper");
        }
    }
}
