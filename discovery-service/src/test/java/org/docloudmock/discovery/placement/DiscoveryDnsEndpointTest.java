package org.docloudmock.discovery.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import org.docloudmock.discovery.DiscoveryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A DNS name that resolves to every Array replica: {@code localhost} stands in for a scaled service. */
@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"docloud.discovery.array-dns-name=localhost", "docloud.discovery.array-dns-port=9085"})
class DiscoveryDnsEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void handsOutAnAddressTheNameResolvesTo() {
        given().port(port).get("/disc/content-1")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].CollectiveArray", oneOf("http://127.0.0.1:9085/", "http://[::1]:9085/"));
    }
}
