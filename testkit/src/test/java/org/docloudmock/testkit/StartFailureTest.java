package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A suite that cannot start fails the test class with the reason, naming the service and what it could not have. */
class StartFailureTest {

    static int takenPort;

    @Test
    void aTakenPortAndABadPropertyAreReportedWithTheirServices() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            takenPort = taken.getLocalPort();

            Throwable failure = EngineTestKit.engine("junit-jupiter").selectors(selectClass(GeoPortTaken.class)).execute()
                    .containerEvents().failed().stream()
                    .flatMap(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).stream())
                    .findFirst().orElseThrow();

            assertThat(failure).hasMessageContaining("geo-service").hasMessageContaining(String.valueOf(takenPort));
            assertThat(failure.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                    .contains("array-service", "docloud.array.peer-ttl");
        }
    }

    /** Geo's port is taken, and Array's peers would expire before they join again. */
    static class GeoPortTaken {

        @RegisterExtension
        static DoCloudMockExtension cloud = DoCloudMockExtension.newInstance()
                .property("docloud.geo.port", String.valueOf(takenPort))
                .property("docloud.array.peer-ttl", "5s")
                .build();

        @Test
        void neverRuns() {
        }
    }
}
