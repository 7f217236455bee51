package org.docloudmock.kv;

import java.util.List;
import org.docloudmock.support.hostile.ServiceFuzzer;
import org.docloudmock.support.hostile.ServiceFuzzer.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seeded random requests (issue 16): never a 5xx, never a hang. KeyValue stores nothing a request could change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyValueFuzzTest {

    @LocalServerPort
    int port;

    @Test
    void hostileRequestsAreAnsweredBelow500() throws Exception {
        new ServiceFuzzer(port, List.of(
                Endpoint.get("/all", "Profile", "CacheId", "CacheHost", "eId", "doClientVersion", "countryCode"),
                Endpoint.get("/{id}", "Profile")), null).run(2000);
    }
}
