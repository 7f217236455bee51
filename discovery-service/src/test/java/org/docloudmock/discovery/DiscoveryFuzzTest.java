package org.docloudmock.discovery;

import java.util.List;
import org.docloudmock.support.hostile.ServiceFuzzer;
import org.docloudmock.support.hostile.ServiceFuzzer.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seeded random requests (issue 16): never a 5xx, never a hang. Discovery stores nothing a request could change. */
@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiscoveryFuzzTest {

    @LocalServerPort
    int port;

    @Test
    void hostileRequestsAreAnsweredBelow500() throws Exception {
        new ServiceFuzzer(port, List.of(
                Endpoint.get("/disc/{id}", "partitionId", "CountryCode", "altCatalogId", "Profile", "doClientVersion", "eId"),
                Endpoint.get("/{id}", "Profile")), null).run(2000);
    }
}
