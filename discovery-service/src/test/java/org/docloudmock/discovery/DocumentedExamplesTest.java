package org.docloudmock.discovery;

import static io.restassured.RestAssured.given;

import org.docloudmock.support.docs.DocumentedExamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Every example of Discovery's API documentation is what Discovery answers (the admin API's are service-support's to check). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedExamplesTest {

    private static final String DISCOVER = "GET /disc/{contentId}";

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsWhatDiscoveryAnswers() {
        DocumentedExamples examples = DocumentedExamples.of(port).skipping("/admin/faults", "/admin/requests")
                .check(DISCOVER, "one Array instance", given().port(port).get("/disc/demo-content"))
                .check(DISCOVER, "Profile is not a number", given().port(port).queryParam("Profile", "x").get("/disc/demo-content"));
        // .invalid never resolves (RFC 6761): no Array instance is known
        try (ConfigurableApplicationContext noArray = new SpringApplicationBuilder(DiscoveryApplication.class)
                .run("--server.port=0", "--docloud.discovery.array-dns-name=array.invalid")) {
            int noArrayPort = ((WebServerApplicationContext) noArray).getWebServer().getPort();
            examples.check(DISCOVER, "no Array instance", given().port(noArrayPort).get("/disc/demo-content"));
        }
        examples.verify();
    }
}
