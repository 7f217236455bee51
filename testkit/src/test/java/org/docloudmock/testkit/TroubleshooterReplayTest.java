package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;

/** Microsoft's troubleshooter's checks against the suite as the test kit starts it (troubleshooter files on by default). */
@DoCloudMockTest(properties = {
        // loopback clients get the suite's own Content Policy as their cache host, so the MCC check runs too
        "docloud.geo.cache-hosts[0].cidr=127.0.0.0/8",
        "docloud.geo.cache-hosts[0].host=localhost:${docloud.content-policy.port}"})
class TroubleshooterReplayTest {

    @Test
    void everyCheckOfTheTroubleshooterPasses(DoCloudMockRuntimeInfo cloud) {
        List<TroubleshooterReplay.Check> checks = replay(cloud).run();

        assertThat(checks).extracting(TroubleshooterReplay.Check::name).containsExactly("Internet Access / External IP",
                "HTTP Byte-Range Support", "Download from CacheHost server localhost:" + cloud.port(ServiceEndpoint.CONTENT_POLICY));
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    }

    @Test
    void theByteRangeCheckFailsWithoutItsFileAndPassesAgainAfterAReset(DoCloudMockRuntimeInfo cloud) {
        cloud.admin().removeContent("52fa8751-747d-479d-8f22-e32730cc0eb1");

        assertThat(replay(cloud).run()).filteredOn(check -> !check.passed())
                .extracting(TroubleshooterReplay.Check::name).containsExactly("HTTP Byte-Range Support");

        cloud.admin().reset();
        assertThat(replay(cloud).run()).allMatch(TroubleshooterReplay.Check::passed);
    }

    private static TroubleshooterReplay replay(DoCloudMockRuntimeInfo cloud) {
        return TroubleshooterReplay.direct(cloud.baseUrl(ServiceEndpoint.GEO), cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY));
    }
}
