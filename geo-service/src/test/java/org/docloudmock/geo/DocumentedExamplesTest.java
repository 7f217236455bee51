package org.docloudmock.geo;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.docloudmock.support.docs.DocumentedExamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every example of Geo's API documentation is what Geo answers (the admin API's are service-support's to check). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docloud.geo.cache-hosts[0].cidr=203.0.113.0/24",
        "docloud.geo.cache-hosts[0].host=mcc.lab.example",
        "docloud.geo.cache-hosts[0].flag=0"})
class DocumentedExamplesTest {

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsWhatGeoAnswers() {
        // the version is a hash of the configuration, which this test changes
        DocumentedExamples examples = DocumentedExamples.of(port, "Version", "CompactVersion")
                .skipping("/admin/faults", "/admin/requests");
        for (String path : new String[] {"/geo", "/geo/"}) {
            examples.check("GET " + path, "a client in France", from("198.51.100.10").get(path))
                    .check("GET " + path, "a client with a Connected Cache host", from("203.0.113.7").get(path));
        }
        Response badProfile = from("198.51.100.10").queryParam("Profile", "abc").get("/geo");
        examples.check("GET /geo", "Profile is not a number", badProfile)
                // /geo/ shares /geo's documentation, and so the problem's instance
                .check("GET /geo/", "Profile is not a number", from("198.51.100.10").queryParam("Profile", "abc").get("/geo/"),
                        "instance");
        examples.check("GET /geoversion", "version", given().port(port).get("/geoversion"))
                .verify();
    }

    /** Loopback is a trusted proxy: the client is the X-Forwarded-For address. */
    private RequestSpecification from(String address) {
        return given().port(port).header("X-Forwarded-For", address);
    }
}
