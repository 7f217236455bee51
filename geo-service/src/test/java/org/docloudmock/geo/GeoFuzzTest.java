package org.docloudmock.geo;

import java.util.List;
import org.docloudmock.support.hostile.ServiceFuzzer;
import org.docloudmock.support.hostile.ServiceFuzzer.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seeded random requests (issue 16): never a 5xx, never a hang. Geo stores nothing a request could change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeoFuzzTest {

    @LocalServerPort
    int port;

    @Test
    void hostileRequestsAreAnsweredBelow500() throws Exception {
        new ServiceFuzzer(port, List.of(
                Endpoint.get("/geo", "doClientVersion", "Profile", "groupID", "countryCode"),
                Endpoint.get("/geoversion", "doClientVersion"),
                Endpoint.get("/{id}", "Profile")), null).run(2000);
    }
}
