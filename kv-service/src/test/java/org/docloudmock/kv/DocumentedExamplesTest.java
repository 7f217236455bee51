package org.docloudmock.kv;

import static io.restassured.RestAssured.given;

import org.docloudmock.support.docs.DocumentedExamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every example of KeyValue's API documentation is what KeyValue answers (the admin API's are service-support's to check). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedExamplesTest {

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsWhatKeyValueAnswers() {
        DocumentedExamples.of(port).skipping("/admin/faults", "/admin/requests")
                .check("GET /all", "the defaults", given().port(port).get("/all"))
                .check("GET /all", "countryCode is not two letters", given().port(port).queryParam("countryCode", "DEU").get("/all"))
                .verify();
    }
}
