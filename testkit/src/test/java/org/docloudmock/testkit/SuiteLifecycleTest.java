package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** How long a suite lives: shared by test classes that ask for it, or one per test. Runs test classes of its own. */
class SuiteLifecycleTest {

    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final List<DoCloudMockRuntimeInfo> seen = new CopyOnWriteArrayList<>();

    @Test
    void twoTestClassesThatAskForReuseShareOneSuite() throws Exception {
        seen.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstSharingClass.class), selectClass(SecondSharingClass.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        // both classes are done, and it still serves: only the JVM's exit stops it
        assertThat(status(seen.get(0).baseUrl(ServiceEndpoint.GEO) + "/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    void anInstanceFieldGivesATestItsOwnSuiteAndStopsItAfterTheTest() {
        seen.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(SuiteOfItsOwn.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));

        assertThat(seen).hasSize(1);
        assertThatThrownBy(() -> status(seen.get(0).baseUrl(ServiceEndpoint.GEO) + "/actuator/health/readiness"))
                .isInstanceOf(ConnectException.class);
    }

    static int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.discarding()).statusCode();
    }

    // the same options as the other test classes here: all of them share one suite
    @DoCloudMockTest(reuseAcrossClasses = true, properties = "docloud.array.reannounce-interval=10s")
    static class FirstSharingClass {

        @Test
        void seesTheSuite(DoCloudMockRuntimeInfo runtime) {
            seen.add(runtime);
        }
    }

    @DoCloudMockTest(reuseAcrossClasses = true, properties = "docloud.array.reannounce-interval=10s")
    static class SecondSharingClass {

        @Test
        void seesTheSuite(DoCloudMockRuntimeInfo runtime) {
            seen.add(runtime);
        }
    }

    static class SuiteOfItsOwn {

        @RegisterExtension
        DoCloudMockExtension cloud = DoCloudMockExtension.newInstance().adminToken("s3cret").build();

        @Test
        void adminCallsNeedTheTokenThatTheAdminClientSends(DoCloudMockRuntimeInfo runtime) throws Exception {
            seen.add(runtime);

            assertThat(status(runtime.baseUrl(ServiceEndpoint.GEO) + "/admin/faults")).isEqualTo(401);
            assertThat(runtime.admin().faults(ServiceEndpoint.GEO)).isEmpty();
        }
    }
}
